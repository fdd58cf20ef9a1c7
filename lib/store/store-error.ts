/** An operation on the store refused: the item is not there, or what was given is not valid. */
export class StoreError extends Error {
  readonly code: 'not-found' | 'invalid';
  constructor(code: 'not-found' | 'invalid', message: string) {
    super(message);
    this.code = code;
    this.name = 'StoreError';
  }
}

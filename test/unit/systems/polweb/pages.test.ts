// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/** PolWeb (Nethotel): a Word-HTML meeting page as Odsherred's: the modelled pages of test/fixtures/systems/, detected, read, annotated and restored (../modelled-pages.ts). */
import { describe } from 'vitest';
import { describeModelledPages } from '../modelled-pages.ts';

describe('polweb pages', () => {
  describeModelledPages('polweb');
});

// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/** OS2web (Drupal 7): the Syddjurs-style meeting view and Roskilde-style pages: the modelled pages of test/fixtures/systems/, detected, read, annotated and restored (../modelled-pages.ts). */
import { describe } from 'vitest';
import { describeModelledPages } from '../modelled-pages.ts';

describe('os2web pages', () => {
  describeModelledPages('os2web');
});

// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/** kk.dk eDoc: item pages and the meeting overview (links only, left untouched): the modelled pages of test/fixtures/systems/, detected, read, annotated and restored (../modelled-pages.ts). */
import { describe } from 'vitest';
import { describeModelledPages } from '../modelled-pages.ts';

describe('kk-edoc pages', () => {
  describeModelledPages('kk-edoc');
});

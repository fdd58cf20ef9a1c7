// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The page annotations on the real Aarhus FirstAgenda page (../shared/fixtures): detection,
 * the testing contract (data-sagsspor-item / -outcome / -case / -format, <sagsspor-root>),
 * error boundaries, and switching off restoring the DOM exactly. On the demo site's meeting
 * (test/demo-site): where features run (`applies`), their styles, and their AbortSignal.
 * Each feature's own behaviour: features/<id>.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, PAGE_FEATURES, type Annotations } from '../../../lib/page/annotate.ts';
import { detectMinutes } from '../../../lib/systems/detect.ts';
import type { PageFeature, PageServices } from '../../../lib/page/feature.ts';
import { readPage } from '../../../lib/page/read-page.ts';
import { describeShared, readShared } from '../../shared.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';
import { annotatePage, parse, partRoot, removeAnnotations, SSU_HTML, SSU_URL } from './page-helpers.ts';

const URL_AARHUS = 'https://dagsordener.aarhus.dk/vis?Referat-Teknisk_Udvalg-d.01-10-2025-kl.15.45&id=a';
const services: PageServices = { copyText: async () => true, bookmarks: null, trail: null };

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

let current: Annotations | null = null;
afterEach(() => {
  current?.remove();
  current = null;
});

describeShared('annotations on the Aarhus minutes page', () => {
  const html = readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html');
  const expected = JSON.parse(readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.expected.json')) as {
    items: { number: string; case_number: string | null; decision: string }[];
  };

  function annotated(options: Partial<Parameters<typeof annotate>[3]> = {}) {
    const doc = load(html);
    const detection = detectMinutes(doc, URL_AARHUS);
    const page = readPage(doc, URL_AARHUS, detection)!;
    current = annotate(doc, URL_AARHUS, page, { detection, services, ...options });
    return { doc, page, annotations: current };
  }

  it('is detected as a FirstAgenda meeting; the listing page is not minutes', () => {
    expect(detectMinutes(load(html), URL_AARHUS)).toEqual({ kind: 'meeting', system: 'firstagenda', reason: 'signature' });
    const listing = load(readShared('fixtures', 'firstagenda-publication-aarhus', 'example_listings.html'));
    expect(detectMinutes(listing, 'https://dagsordener.aarhus.dk/')).toEqual({ kind: 'none', reason: 'listing' });
  });

  it('marks every item row with its number, and every decision with its outcome', () => {
    const { doc, page } = annotated();
    for (const want of expected.items) {
      const row = doc.querySelector(`[data-sagsspor-item="${want.number}"]`);
      expect(row, `item ${want.number}`).not.toBeNull();
      expect(row!.matches('tr.punktrow')).toBe(true);
      const item = page.meeting.items.find((i) => String(i.number) === want.number)!;
      const wrappers = row!.querySelectorAll('[data-sagsspor-outcome]');
      if (want.decision === '') {
        expect(wrappers.length).toBe(0);
      } else {
        expect(wrappers.length, `decision of item ${want.number}`).toBe(1);
        expect(wrappers[0]!.getAttribute('data-sagsspor-outcome')).toBe(item.outcome);
        // The wrapper holds the decision text the page shows.
        const text = (wrappers[0]!.textContent ?? '').replace(/\s+/g, ' ');
        expect(text).toContain(want.decision.split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 40));
        // The badge bar is our UI: a <sagsspor-root> with a shadow root, saying the outcome in words.
        const host = wrappers[0]!.querySelector('sagsspor-root');
        expect(uiRootOf(host)?.textContent).toMatch(/Godkendt|Anbefalet|Taget til efterretning|Drøftet|Udsat|Afvist|Ikke frigivet|Blandet|Anden|outcome_/);
      }
    }
  });

  it('marks each item case number with its normalised value and format', () => {
    const { doc } = annotated();
    for (const want of expected.items.filter((i) => i.case_number !== null)) {
      const row = doc.querySelector(`[data-sagsspor-item="${want.number}"]`)!;
      const mark = row.querySelector(`span.sagsnummer [data-sagsspor-case]`);
      expect(mark?.getAttribute('data-sagsspor-case')).toBe(want.case_number!.toUpperCase());
      expect(mark?.getAttribute('data-sagsspor-format')).toBe('emn');
      expect(mark?.textContent).toBe(want.case_number);
    }
  });

  it('switching off restores the page exactly', () => {
    const doc = load(html);
    const before = doc.documentElement.outerHTML;
    const detection = detectMinutes(doc, URL_AARHUS);
    const page = readPage(doc, URL_AARHUS, detection)!;
    const annotations = annotate(doc, URL_AARHUS, page, { detection, services });
    expect(doc.documentElement.outerHTML).not.toBe(before);
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('one feature failing leaves the others working and takes back its own changes', () => {
    const broken: PageFeature = {
      id: 'references',
      apply(ctx, { journal }) {
        journal.setAttribute(ctx.doc.body, 'data-broken', 'yes');
        throw new Error('boom');
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const features = PAGE_FEATURES.map((f) => (f.id === 'references' ? broken : f));
    const { doc, annotations } = annotated({ features });
    warn.mockRestore();
    expect(annotations.failed.map((f) => f.id)).toEqual(['references']);
    expect(doc.body.hasAttribute('data-broken')).toBe(false);
    // Features before and after the broken one still ran.
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-sagsspor-case]').length).toBeGreaterThan(0);
    expect(uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))?.querySelector('nav')).not.toBeNull();
  });

  it('a feature switched off does nothing; the rest still run', () => {
    const { doc } = annotated({ off: new Set(['case-numbers'] as const) });
    expect(doc.querySelectorAll('[data-sagsspor-case]').length).toBe(0);
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
  });
});

describe('running the features', () => {
  afterEach(removeAnnotations);

  /** The text of the style sheets our shadow roots share. */
  const uiCss = (doc: Document) => [...partRoot(doc, 'panel').adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');

  it('runs a feature only where it applies, and brings its styles only with it', () => {
    const ran: string[] = [];
    const feature = (id: PageFeature['id'], applies: PageFeature['applies']): PageFeature => ({
      id,
      applies,
      css: { ui: `.only-${id}{color:red}` },
      apply: () => void ran.push(id),
    });
    const features = [
      feature('items', undefined),
      feature('outline', ({ detection }) => detection.kind === 'meeting' && detection.system === 'firstagenda'),
      feature('pdf-button', ({ detection }) => detection.kind === 'meeting' && detection.system === 'generic'),
    ];
    const { doc } = annotatePage(parse(SSU_HTML), SSU_URL, { features });
    expect(ran).toEqual(['items', 'outline']);
    expect(uiCss(doc)).toContain('.only-outline');
    expect(uiCss(doc)).not.toContain('.only-pdf-button');
  });

  it('gives every feature a signal that aborts when the page is taken back: listeners registered with it go', () => {
    const heard: string[] = [];
    const listening: PageFeature = {
      id: 'references',
      apply(ctx, { signal }) {
        ctx.doc.addEventListener('click', () => heard.push('click'), { signal });
        signal.addEventListener('abort', () => heard.push('aborted'));
      },
    };
    const { doc, annotations } = annotatePage(parse(SSU_HTML), SSU_URL, { features: [listening] });
    doc.body.click();
    annotations.remove();
    doc.body.click();
    expect(heard).toEqual(['click', 'aborted']);
  });

  it('the shared base styles and each applied feature’s own reach the shadow roots', () => {
    const { doc } = annotatePage(parse(SSU_HTML), SSU_URL);
    const css = uiCss(doc);
    for (const rule of ['.chip', '.badge', '.timeline', '.card', '.outline', '.editor']) expect(css).toContain(rule);
  });
});

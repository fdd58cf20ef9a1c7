/**
 * Every selector the generic pages' code looks for; ./selector-counts.ts says how many of each
 * the modelled pages of the systems read by the generic adapter hold.
 */
export const SELECTORS = {
  // Where the minutes are, most specific first.
  main: 'main',
  roleMain: '[role=main]',
  article: 'article',
  contentId: '#content',
  regionContent: '.region-content',
  /** Page chrome that is never minutes text (header and footer are judged by where they are). */
  chrome: [
    'nav', 'aside', 'dialog', '[role=navigation]', '[role=search]', '[role=dialog]', '[role=alertdialog]',
    '[role=complementary]', '[role=banner]', '[role=contentinfo]', '[aria-modal=true]',
  ].join(', '),
  /** A header or footer inside one of these is the section's own, not the page's banner (HTML's rule). */
  sectioning: 'article, section, main, [role=main]',
  /** Minutes markup of modules whose vendor is not known: aarhus.dk's `?agendaId=` pages, rksk.dk's meeting cards. */
  unattributedMarkup: '.esdh__headline, .agenda--card',
} as const;

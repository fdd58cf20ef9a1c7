/**
 * Content script on FirstAgenda Publication sites (and the fictional demo site).
 * For now it only mounts Sagsspor's root element on minutes pages; the annotation
 * features will render inside its shadow root.
 */
const ROOT_TAG = 'sagsspor-root';

/**
 * A minutes page has the item table. `input#apiurl` alone is not enough: the real listing
 * pages carry it too (../shared/fixtures/firstagenda-publication-aarhus/example_listings.html).
 * The table is in the HTML before its rows arrive by script, so this holds at document_idle.
 */
function isMinutesPage(): boolean {
  return document.querySelector('#dagsordenDetaljer, tr.punktrow') !== null;
}

export default defineContentScript({
  matches: ['*://dagsordener.sagsby.dk/*', '*://dagsordener.aarhus.dk/*'],
  main() {
    if (!isMinutesPage() || document.querySelector(ROOT_TAG) !== null) return;
    const host = document.createElement(ROOT_TAG);
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
  },
});

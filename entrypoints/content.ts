export default defineContentScript({
  matches: ['*://dagsordener.aarhus.dk/*'],
  main() {},
});

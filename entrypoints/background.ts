export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Placeholder until the store lands: nothing to initialise yet.
  });
});

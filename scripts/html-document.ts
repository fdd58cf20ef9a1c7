/**
 * A saved page as a DOM in Node (happy-dom), for the parse CLI and the demo's PDFs: the same
 * DOM adapters as the extension then read it.
 */
import { Window } from 'happy-dom';

/** A DOM for a saved page: no JavaScript, no stylesheets, images, frames, navigation or fetches. */
export async function htmlDocument<T>(html: string, use: (doc: Document) => T): Promise<T> {
  const refuse = (): never => {
    throw new Error('network access is disabled');
  };
  const window = new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: { interceptor: { beforeAsyncRequest: async () => refuse(), beforeSyncRequest: refuse } },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // happy-dom's Document implements the DOM the adapters use; its type is its own.
    return use(doc as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/**
 * Defines elements on first use, for the drop-in file: each element's code is a chunk that loads when
 * its tag first appears in the page, so a page with only a product card does not download the map or
 * the showcase. An element's own module imports the elements it renders, so nested ones come along.
 */
export type ElementLoaders = Record<string, () => Promise<unknown>>;

const loading = new Map<string, Promise<unknown>>();

/** Loads (once) and so defines the element `tag`; resolves when it is defined. */
export function loadElement(tag: string, loaders: ElementLoaders): Promise<unknown> {
  const load = loaders[tag];
  if (!load || customElements.get(tag)) return Promise.resolve(customElements.get(tag));
  let promise = loading.get(tag);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      loading.delete(tag); // a later appearance may retry, e.g. after a network blip
      console.error(`[etalase] could not load <${tag}>`, error);
    });
    loading.set(tag, promise);
  }
  return promise;
}

function loadWithin(root: ParentNode, selector: string, loaders: ElementLoaders): void {
  if (root instanceof Element && root.matches(selector)) void loadElement(root.localName, loaders);
  for (const element of root.querySelectorAll(selector))
    void loadElement(element.localName, loaders);
}

/**
 * Watches the document for the tags in `loaders` and loads each on first sight. Elements created
 * inside other shadow roots are not seen: call `loadElement` (or import the element's module) there.
 */
export function defineOnFirstUse(loaders: ElementLoaders): void {
  const selector = Object.keys(loaders).join(',');
  const scan = () => loadWithin(document, selector, loaders);
  scan();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes)
        if (node instanceof Element) loadWithin(node, selector, loaders);
    }
    // Once every element is defined there is nothing left to watch for.
    if (Object.keys(loaders).every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', scan, { once: true });
}

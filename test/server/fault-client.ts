// The browser side of test/server/fault-server.mjs: keys, routes and a page preload, shared by the
// feed runtime's and the showcase's network-fault tests.

let counter = 0;
/** A key of its own per test, so the server's state never leaks between tests. */
export const newKey = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;
export const feedUrl = (key: string) => `/__fault/feed.json?key=${key}`;
/** Sets the fault (and feed version) of `key`'s feed. */
export const set = (key: string, params: Record<string, string>) =>
  fetch(`/__fault/set?${new URLSearchParams({ key, ...params })}`);
export const stats = async (key: string) =>
  (await (await fetch(`/__fault/stats?key=${key}`)).json()) as {
    hits: number;
    conditional: number;
    notModified: number;
  };

/** A `<link rel="preload">` of `url`, as the drop-in script and the docs' snippet add; removed after the test. */
export function preload(url: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
  after(() => link.remove());
}

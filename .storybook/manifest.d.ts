// The manifest is generated (`npm run manifest`, run by `npm run storybook`); this declaration lets
// `npm run typecheck` pass on a fresh clone, before anything was generated.
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}

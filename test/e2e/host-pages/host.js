// Loads the stylesheet named by `?style=` as a parser-inserted <link> (render- and script-blocking,
// like a theme's own stylesheet), so the drop-in file runs after the page's CSS applies.
// `?style=bare` (or none) loads nothing: the reference page.
const style = new URLSearchParams(location.search).get('style') ?? 'bare';
if (/^[a-z0-9-]+$/.test(style) && style !== 'bare')
  document.write(`<link rel="stylesheet" href="styles/${style}.css">`);
document.documentElement.dataset.style = style;

// The embed builder: the form's choices become the attributes of the preview showcase and of the
// two-line snippet a webmaster copies. Everything stays in this page: no request but the feed the
// preview shows, nothing stored or sent.
import {
  BUILTIN_CATEGORIES,
  classifyUrl,
  getBuiltinRegion,
  localize,
} from '../dist/etalase.min.js';

const TEXT = {
  id: {
    title: 'Pembuat sematan',
    intro:
      'Atur katalog, lihat hasilnya langsung, lalu salin kodenya ke situs Anda. Semua terjadi di halaman ini: tidak ada data yang dikirim ke mana pun.',
    feed: 'Alamat feed (URL)',
    feedHelp:
      'Alamat https:// feed JSON Anda, atau alamat di situs Anda sendiri seperti /data/produk-unggulan.json.',
    feedUnsafe: 'Alamat ini tidak bisa dipakai: gunakan alamat https:// atau alamat di situs Anda.',
    feedHttp:
      'Alamat http:// tidak aman dan diblokir peramban di situs https://. Gunakan https://.',
    script: 'Alamat berkas etalase.min.js di situs Anda',
    region: 'Wilayah',
    allRegions: 'Semua wilayah',
    category: 'Kategori',
    allCategories: 'Semua kategori',
    view: 'Tampilan',
    viewGrid: 'Kisi',
    viewMap: 'Peta',
    viewSplit: 'Kisi dan peta',
    lang: 'Bahasa katalog',
    theme: 'Tema',
    themeLight: 'Terang',
    themeDark: 'Gelap',
    themeAuto: 'Ikuti perangkat',
    brandOn: 'Warna merek sendiri',
    brand: 'Warna merek',
    contrastOk: (ratio) => `Kontras dengan teks tombol ${ratio}:1 — cukup (minimal 4,5:1).`,
    contrastLow: (ratio) =>
      `Kontras dengan teks tombol hanya ${ratio}:1 — pilih warna yang lebih gelap atau lebih terang (minimal 4,5:1).`,
    syncUrl: 'Simpan filter di alamat halaman (tombol Kembali, tautan yang bisa dibagikan)',
    snippetTitle: 'Kode untuk situs Anda',
    snippetHelp: 'Tempel dua baris ini di halaman mana pun (HTML biasa, Joomla, dan lainnya).',
    copy: 'Salin kode',
    wordpressTitle: 'Versi blok WordPress',
    wordpressHelp:
      'Di penyunting WordPress, buka Penyunting kode (Ctrl+Shift+Alt+M) dan tempel ini: menjadi blok HTML Khusus.',
    copyWordpress: 'Salin blok WordPress',
    copied: 'Tersalin ke papan klip.',
    copyFailed: 'Tidak bisa menyalin otomatis: kode sudah dipilih, tekan Ctrl+C.',
    previewTitle: 'Pratinjau',
    otherLang: 'English',
  },
  en: {
    title: 'Embed builder',
    intro:
      'Set up the catalogue, see it live, then copy the code to your site. Everything happens in this page: no data is sent anywhere.',
    feed: 'Feed address (URL)',
    feedHelp:
      'The https:// address of your JSON feed, or an address on your own site such as /data/produk-unggulan.json.',
    feedUnsafe: 'This address cannot be used: use an https:// address or one on your own site.',
    feedHttp:
      'An http:// address is not secure and browsers block it on https:// sites. Use https://.',
    script: 'Address of etalase.min.js on your site',
    region: 'Region',
    allRegions: 'All regions',
    category: 'Category',
    allCategories: 'All categories',
    view: 'View',
    viewGrid: 'Grid',
    viewMap: 'Map',
    viewSplit: 'Grid and map',
    lang: 'Catalogue language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'Follow the device',
    brandOn: 'Own brand colour',
    brand: 'Brand colour',
    contrastOk: (ratio) => `Contrast with the button text ${ratio}:1 — enough (at least 4.5:1).`,
    contrastLow: (ratio) =>
      `Contrast with the button text only ${ratio}:1 — choose a darker or lighter colour (at least 4.5:1).`,
    syncUrl: 'Keep the filters in the page address (Back button, shareable links)',
    snippetTitle: 'Code for your site',
    snippetHelp: 'Paste these two lines into any page (plain HTML, Joomla and others).',
    copy: 'Copy code',
    wordpressTitle: 'WordPress block version',
    wordpressHelp:
      "In WordPress's editor, open the Code editor (Ctrl+Shift+Alt+M) and paste this: it becomes a Custom HTML block.",
    copyWordpress: 'Copy WordPress block',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C.',
    previewTitle: 'Preview',
    otherLang: 'Bahasa Indonesia',
  },
};

const form = document.querySelector('#options');
let preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const wordpress = document.querySelector('#wordpress');
const feedError = document.querySelector('#feed-error');
const contrast = document.querySelector('#brand-contrast');
const copyStatus = document.querySelector('#copy-status');
const uiLangButton = document.querySelector('#ui-lang');
let uiLang = 'id';
/** The last feed the preview loaded, for the region and category lists. */
let loadedFeed;

const text = (key, ...args) => {
  const entry = TEXT[uiLang][key];
  return typeof entry === 'function' ? entry(...args) : entry;
};

/** `&`, `<`, `>` and `"` escaped for a double-quoted HTML attribute. */
const attribute = (value) =>
  String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastRatio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The brand colour with the text colour (white or near-black) that reads best on it. */
function brandColours(colour) {
  const onWhite = contrastRatio(colour, '#ffffff');
  const onDark = contrastRatio(colour, '#1d2321');
  return onWhite >= onDark
    ? { primary: colour, onPrimary: '#ffffff', ratio: onWhite }
    : { primary: colour, onPrimary: '#1d2321', ratio: onDark };
}

/** The form's choices; `feed` is undefined while the address is refused. */
function choices() {
  const data = new FormData(form);
  const feed = String(data.get('feed') ?? '').trim();
  const verdict = feed ? classifyUrl(feed) : 'invalid';
  return {
    feed: verdict === 'https' || verdict === 'relative' ? feed : undefined,
    verdict,
    script: String(data.get('script') ?? '').trim() || '/assets/etalase/etalase.min.js',
    region: String(data.get('region') ?? ''),
    category: String(data.get('category') ?? ''),
    view: String(data.get('view') ?? 'grid'),
    lang: String(data.get('lang') ?? 'id'),
    theme: String(data.get('theme') ?? 'light'),
    brand: data.get('brandOn') ? brandColours(String(data.get('brand'))) : undefined,
    syncUrl: data.get('syncUrl') !== null,
  };
}

/** The showcase's attributes, in the order the snippet shows them; defaults left out. */
function showcaseAttributes(choice, feed) {
  const attributes = [
    ['src', feed],
    ['lang', choice.lang],
  ];
  if (choice.region) attributes.push(['region', choice.region]);
  if (choice.category) attributes.push(['category', choice.category]);
  if (choice.view !== 'grid') attributes.push(['view', choice.view]);
  if (choice.theme !== 'light') attributes.push(['theme', choice.theme]);
  if (choice.syncUrl) attributes.push(['sync-url', '']);
  if (choice.brand) {
    attributes.push([
      'style',
      `--etalase-color-primary: ${choice.brand.primary}; --etalase-color-on-primary: ${choice.brand.onPrimary}`,
    ]);
  }
  return attributes;
}

function snippetLines(choice, feed) {
  const element = showcaseAttributes(choice, feed)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attribute(value)}"`))
    .join('');
  return [
    `<script type="module" src="${attribute(choice.script)}"></script>`,
    `<etalase-showcase${element}></etalase-showcase>`,
  ];
}

/** Applies the choices to the preview and the snippets. */
function update() {
  const choice = choices();
  if (choice.verdict === 'http') feedError.textContent = text('feedHttp');
  else if (!choice.feed) feedError.textContent = text('feedUnsafe');
  else feedError.textContent = '';
  form.elements.feed.setAttribute('aria-invalid', String(!choice.feed));
  // A refused address keeps the last good one in the preview and the snippet.
  const feed = choice.feed ?? preview.getAttribute('src') ?? '';

  const wanted = new Map(showcaseAttributes(choice, feed));
  // `region` and `category` are the showcase's first filter state, read once: a new preview element
  // shows them exactly as the pasted snippet will.
  if (
    ['region', 'category'].some((name) => preview.getAttribute(name) !== (wanted.get(name) ?? null))
  ) {
    const fresh = document.createElement('etalase-showcase');
    fresh.id = preview.id;
    fresh.addEventListener('etalase-feed-load', onFeedLoad);
    preview.replaceWith(fresh);
    preview = fresh;
  }
  for (const name of ['src', 'lang', 'region', 'category', 'view', 'theme', 'sync-url', 'style']) {
    if (!wanted.has(name)) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== wanted.get(name)) {
      preview.setAttribute(name, wanted.get(name));
    }
  }

  form.elements.brand.disabled = !choice.brand;
  contrast.textContent = choice.brand
    ? text(
        choice.brand.ratio >= 4.5 ? 'contrastOk' : 'contrastLow',
        choice.brand.ratio.toLocaleString(uiLang, { maximumFractionDigits: 1 }),
      )
    : '';

  const lines = snippetLines(choice, feed);
  snippet.value = lines.join('\n');
  wordpress.value = ['<!-- wp:html -->', ...lines, '<!-- /wp:html -->'].join('\n');
}

/** Replaces a select's options (after its first, "all", option), keeping the choice if still offered. */
function fillSelect(select, options) {
  const current = select.value;
  select.replaceChildren(select.options[0]);
  for (const [value, label] of options) select.add(new Option(label, value));
  select.value = options.some(([value]) => value === current) ? current : '';
}

/** Provinces and regencies/cities of the loaded feed, and its categories, in the UI language. */
function fillLists() {
  if (!loadedFeed) return;
  const names = new Map(loadedFeed.regions.map((region) => [region.code, region.name]));
  const nameOf = (code) =>
    localize(names.get(code), uiLang) || getBuiltinRegion(code)?.name || code;
  const codes = new Set();
  for (const record of [...loadedFeed.producers, ...loadedFeed.products]) {
    const segments = (record.regionCode ?? '').split('.').filter(Boolean);
    // Province and regency/city: the levels a catalogue is usually narrowed to.
    for (let depth = 1; depth <= Math.min(2, segments.length); depth++) {
      codes.add(segments.slice(0, depth).join('.'));
    }
  }
  fillSelect(
    form.elements.region,
    [...codes].sort().map((code) => [code, `${code.includes('.') ? '— ' : ''}${nameOf(code)}`]),
  );

  const declared = new Map(loadedFeed.categories.map((category) => [category.id, category.name]));
  const used = new Set(loadedFeed.products.map((product) => product.category));
  fillSelect(
    form.elements.category,
    [...used]
      .map((id) => [id, localize(declared.get(id) ?? BUILTIN_CATEGORIES[id], uiLang) || id])
      .sort((a, b) => a[1].localeCompare(b[1], uiLang)),
  );
}

/** Switches the builder's own texts (not the catalogue's language, which is a choice in the form). */
function setUiLang(lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = text(element.dataset.text);
  }
  uiLangButton.textContent = text('otherLang');
  uiLangButton.lang = lang === 'id' ? 'en' : 'id';
  document.title = `${text('title')} — Etalase`;
  fillLists();
  update();
}

async function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(area.value);
    copyStatus.textContent = text('copied');
  } catch {
    area.focus();
    area.select();
    copyStatus.textContent = text('copyFailed');
  }
}

// The feed address applies when the field is left (change), not on every keystroke.
form.addEventListener('input', (event) => {
  if (event.target.name !== 'feed') update();
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
function onFeedLoad(event) {
  loadedFeed = event.feed;
  fillLists();
}

preview.addEventListener('etalase-feed-load', onFeedLoad);
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => copy(button));
}
uiLangButton.addEventListener('click', () => setUiLang(uiLang === 'id' ? 'en' : 'id'));
update();

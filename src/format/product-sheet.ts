/**
 * A one-page product sheet (a standalone HTML document, English by default) that a trading house can
 * print, save as PDF or forward to a buyer abroad: the product, its export details, certificates,
 * ordering terms and the producer's contacts. Pure: every feed text is escaped here; the element
 * turns the string into a page.
 */
import type { Certification, Producer, Product } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import { formatDate } from './date.js';
import { formatPrice } from './money.js';
import { localize } from './text.js';
import { safeUrl } from './url.js';

export interface ProductSheetOptions {
  /** Language of the sheet; English by default (for buyers abroad). */
  lang?: Language;
  /** Name of the product's region. */
  regionName?: string;
  /** Base for relative image URLs (the feed's URL). */
  base?: string;
  /** The page that shows the product (printed as its link). */
  url?: string;
  /** Who published the data, and when, for the footer. */
  source?: { publisher: string; updatedAt: string };
  /** The day the sheet is made; today by default. */
  now?: Date;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

const LABELS = {
  en: {
    title: 'Product sheet',
    price: 'Price',
    hsCode: 'HS code',
    shelfLife: 'Shelf life',
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    packaging: 'Export packaging',
    markets: 'Already exported to',
    exportCapacity: 'Export capacity per month',
    monthlyCapacity: 'Monthly capacity',
    minOrder: 'Minimum order',
    leadTime: 'Lead time',
    units: (n: number) => `${n.toLocaleString('en')} units`,
    certificates: 'Certificates',
    validUntil: 'valid until',
    check: 'check at',
    producer: 'Producer',
    group: (members: number) => `a group of ${members} makers`,
    contact: 'Contact',
    details: 'Export details',
    ordering: 'Ordering',
    page: 'Online',
    source: (publisher: string, date: string) => `Data from ${publisher}, as of ${date}.`,
    made: (date: string) => `Sheet made on ${date}.`,
  },
  id: {
    title: 'Lembar produk',
    price: 'Harga',
    hsCode: 'Kode HS',
    shelfLife: 'Masa simpan',
    days: (n: number) => `${n} hari`,
    packaging: 'Kemasan ekspor',
    markets: 'Sudah diekspor ke',
    exportCapacity: 'Kapasitas ekspor per bulan',
    monthlyCapacity: 'Kapasitas per bulan',
    minOrder: 'Pesanan minimal',
    leadTime: 'Waktu pembuatan',
    units: (n: number) => `${n.toLocaleString('id-ID')} unit`,
    certificates: 'Sertifikat',
    validUntil: 'berlaku hingga',
    check: 'periksa di',
    producer: 'Produsen',
    group: (members: number) => `kelompok ${members} pembuat`,
    contact: 'Kontak',
    details: 'Keterangan ekspor',
    ordering: 'Pemesanan',
    page: 'Daring',
    source: (publisher: string, date: string) => `Data dari ${publisher}, per ${date}.`,
    made: (date: string) => `Lembar dibuat ${date}.`,
  },
};

function rows(entries: [string, string | undefined][]): string {
  const kept = entries.filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (!kept.length) return '';
  return `<dl>${kept.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
}

function certificateItem(cert: Certification, lang: Language, t: (typeof LABELS)['en']): string {
  const name = localize(cert.name, lang) || cert.type.toUpperCase();
  const until = cert.validUntil ? `, ${t.validUntil} ${formatDate(cert.validUntil, lang)}` : '';
  const url = safeUrl(cert.url);
  const check = url ? ` (${t.check} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>)` : '';
  return `<li>${escapeHtml(`${name}: ${cert.number}${until}`)}${check}</li>`;
}

/** The sheet as a complete HTML document. */
export function productSheetHtml(
  product: Product,
  producer: Producer,
  options: ProductSheetOptions = {},
): string {
  const lang = options.lang ?? 'en';
  const t = LABELS[lang];
  const name = localize(product.name, lang);
  const info = product.export ?? {};
  const orders = { ...producer.orders, ...product.orders };
  const image = product.images[0];
  const src = image
    ? safeUrl(image.src, {
        allowRelative: Boolean(options.base),
        ...(options.base ? { base: options.base } : {}),
      })
    : undefined;
  const regionNames = new Intl.DisplayNames(lang, { type: 'region' });
  const markets = info.markets?.length
    ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(
        info.markets.map((code) => regionNames.of(code) ?? code),
      )
    : undefined;
  const certificates = [...(product.certifications ?? []), ...(info.certifications ?? [])];
  const contact = producer.contact;
  const producerName = localize(producer.name, lang);
  const website = safeUrl(contact.website);
  const page = safeUrl(options.url);
  const description = localize(product.description, lang);
  const today = formatDate((options.now ?? new Date()).toISOString().slice(0, 10), lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${name} – ${t.title}`)}</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; margin: 0 0 .25rem; } h2 { font-size: 1.1em; margin: 1.25rem 0 .25rem; border-bottom: 1px solid #999; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; } dt { font-weight: 600; } dd { margin: 0; }
img { max-width: 16rem; height: auto; float: right; margin: 0 0 1rem 1rem; } footer { margin-top: 2rem; color: #555; font-size: .9em; }
@media print { body { margin: 0; } a { color: inherit; } }
</style>
</head>
<body>
<header>
<p>${escapeHtml(t.title)}</p>
<h1>${escapeHtml(name)}</h1>
<p>${escapeHtml([producerName, options.regionName, 'Indonesia'].filter(Boolean).join(' · '))}</p>
</header>
${src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(localize(image?.alt, lang))}"${image?.width ? ` width="${image.width}"` : ''}${image?.height ? ` height="${image.height}"` : ''}>` : ''}
${description ? `<p>${escapeHtml(description)}</p>` : ''}
${rows([[t.price, formatPrice(product.price, lang)]])}
<h2>${escapeHtml(t.details)}</h2>
${rows([
  [t.hsCode, info.hsCode],
  [t.shelfLife, info.shelfLifeDays ? t.days(info.shelfLifeDays) : undefined],
  [t.packaging, localize(info.packaging, lang) || undefined],
  [t.markets, markets],
  [
    t.exportCapacity,
    info.monthlyCapacity !== undefined ? t.units(info.monthlyCapacity) : undefined,
  ],
])}
<h2>${escapeHtml(t.ordering)}</h2>
${rows([
  [t.minOrder, orders.minOrder ? t.units(orders.minOrder) : undefined],
  [t.leadTime, orders.leadTimeDays !== undefined ? t.days(orders.leadTimeDays) : undefined],
  [
    t.monthlyCapacity,
    orders.monthlyCapacity !== undefined ? t.units(orders.monthlyCapacity) : undefined,
  ],
])}
${certificates.length ? `<h2>${escapeHtml(t.certificates)}</h2><ul>${certificates.map((cert) => certificateItem(cert, lang, t)).join('')}</ul>` : ''}
<h2>${escapeHtml(t.producer)}</h2>
${rows([
  [
    t.producer,
    producer.group ? `${producerName} (${t.group(producer.group.members)})` : producerName,
  ],
  ['NIB', producer.nib],
  [
    t.contact,
    [
      contact.whatsapp ? `WhatsApp +${contact.whatsapp}` : '',
      contact.phone ?? '',
      contact.email ?? '',
    ]
      .filter(Boolean)
      .join(' · ') || undefined,
  ],
])}
${website ? `<p><a href="${escapeHtml(website)}">${escapeHtml(website)}</a></p>` : ''}
${page ? `<p>${escapeHtml(t.page)}: <a href="${escapeHtml(page)}">${escapeHtml(page)}</a></p>` : ''}
<footer>
${options.source ? `<p>${escapeHtml(t.source(options.source.publisher, formatDate(options.source.updatedAt, lang)))}</p>` : ''}
<p>${escapeHtml(t.made(today))}</p>
</footer>
</body>
</html>
`;
}

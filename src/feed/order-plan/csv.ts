/**
 * The procurement file as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * it right): the plan's details, then one row per item with producer, NIB, contacts, quantities,
 * unit prices, estimated costs, certificates and purchase links, then subtotals and the total.
 */
import { localize } from '../../format/text.js';
import type { Feed, Link, Producer, Product } from '../../model/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { CheckedPlan } from './checks.js';
import type { OrderPlan } from './plan.js';
import { checkText } from './text.js';

/** Labels of the procurement file (CSV and printed sheet). */
export const PLAN_TEXT = {
  id: {
    title: 'Rencana Belanja Produk Lokal',
    event: 'Acara',
    neededBy: 'Dibutuhkan paling lambat',
    place: 'Tempat pengiriman',
    office: 'Instansi pemesan',
    contact: 'Narahubung',
    producer: 'Produsen',
    nib: 'NIB',
    contacts: 'Kontak',
    product: 'Produk',
    quantity: 'Jumlah',
    unit: 'Satuan',
    price: 'Harga satuan',
    priceMin: 'Harga satuan terendah',
    priceMax: 'Harga satuan tertinggi',
    estimate: 'Perkiraan biaya',
    estimateMin: 'Perkiraan biaya terendah',
    estimateMax: 'Perkiraan biaya tertinggi',
    certificates: 'Sertifikat',
    links: 'e-Katalog / marketplace',
    notes: 'Catatan',
    subtotal: 'Subtotal',
    total: 'Perkiraan total',
    source: 'Sumber data',
    dataAsOf: 'Data per',
    preparedOn: 'Disusun',
  },
  en: {
    title: 'Local Product Purchase Plan',
    event: 'Event',
    neededBy: 'Needed by',
    place: 'Delivery to',
    office: 'Buyer office',
    contact: 'Contact person',
    producer: 'Producer',
    nib: 'NIB (business ID)',
    contacts: 'Contact',
    product: 'Product',
    quantity: 'Quantity',
    unit: 'Unit',
    price: 'Unit price',
    priceMin: 'Lowest unit price',
    priceMax: 'Highest unit price',
    estimate: 'Estimated cost',
    estimateMin: 'Lowest estimated cost',
    estimateMax: 'Highest estimated cost',
    certificates: 'Certificates',
    links: 'e-Katalog / marketplace',
    notes: 'Notes',
    subtotal: 'Subtotal',
    total: 'Estimated total',
    source: 'Data source',
    dataAsOf: 'Data as of',
    preparedOn: 'Prepared on',
  },
} as const;

type Cell = string | number | undefined;

/** A subtotal or total row: its label, then the cost range under the estimate columns. */
const totalRow = (label: string, total: CheckedPlan['total']): Cell[] => [
  label,
  ...Array<Cell>(7).fill(''),
  total?.min,
  total?.max,
];

/** A cell, quoted when needed; a leading `= + - @` is neutralised so no spreadsheet runs it. */
function cell(value: Cell): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** WhatsApp, phone and e-mail of a producer on one line. */
export function contactLine(producer: Producer): string {
  const { whatsapp, phone, email } = producer.contact;
  return [whatsapp && `WA +${whatsapp}`, phone, email].filter(Boolean).join(' · ');
}

/** Certificates of a product and its producer: `Halal ID621…, P-IRT 2066…`. */
export function certificateLine(product: Product, producer: Producer): string {
  return [...(product.certifications ?? []), ...(producer.certifications ?? [])]
    .map(
      (cert) => `${cert.type === 'other' ? 'Sertifikat' : cert.type.toUpperCase()} ${cert.number}`,
    )
    .join(', ');
}

/** The product's e-Katalog and marketplace links, else its producer's. */
export function purchaseLinks(product: Product, producer: Producer): Link[] {
  return product.marketplaces?.length ? product.marketplaces : (producer.marketplaces ?? []);
}

export interface PlanFileContext {
  lang: Language;
  placeName?: string;
  feed?: Pick<Feed, 'publisher' | 'updatedAt'>;
  /** `YYYY-MM-DD`: the day the file is made. */
  today: string;
}

export function planCsv(plan: OrderPlan, checked: CheckedPlan, context: PlanFileContext): string {
  const { lang, feed } = context;
  const t = PLAN_TEXT[lang];
  const rows: Cell[][] = [
    [t.title],
    [t.event, plan.event],
    [t.neededBy, plan.neededBy],
    [t.place, context.placeName || plan.place],
    [t.office, plan.office],
    [t.contact, plan.contact],
    [t.source, feed ? localize(feed.publisher.name, lang) : ''],
    [t.dataAsOf, feed?.updatedAt.slice(0, 10)],
    [t.preparedOn, context.today],
    [],
    [
      t.producer,
      t.nib,
      t.contacts,
      t.product,
      t.quantity,
      t.unit,
      t.priceMin,
      t.priceMax,
      t.estimateMin,
      t.estimateMax,
      t.certificates,
      t.links,
      t.notes,
    ],
  ];
  for (const group of checked.groups) {
    const producerName = localize(group.producer.name, lang);
    for (const { item, hit, checks, total } of group.items) {
      const product = hit!.product;
      const price = product.price;
      rows.push([
        producerName,
        group.producer.nib,
        contactLine(group.producer),
        localize(product.name, lang),
        item.quantity,
        localize(price?.unit, lang),
        price?.min ?? price?.max,
        price?.max ?? price?.min,
        total?.min,
        total?.max,
        certificateLine(product, group.producer),
        purchaseLinks(product, group.producer)
          .map((link) => link.url)
          .join(' '),
        checks.map((check) => checkText(check, product, lang)).join('; '),
      ]);
    }
    rows.push(totalRow(`${t.subtotal}: ${producerName}`, group.total));
  }
  for (const { item, checks } of checked.missing) {
    // Columns: product, quantity and notes; the rest is unknown once the product left the feed.
    const row: Cell[] = Array<Cell>(13).fill('');
    row[3] = localize(item.name, lang) || item.productId;
    row[4] = item.quantity;
    row[12] = checks.map((check) => checkText(check, undefined, lang)).join('; ');
    rows.push(row);
  }
  rows.push(totalRow(t.total, checked.total));
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

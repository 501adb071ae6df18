/// <reference types="node" />
/**
 * `etalase report certificates <file-or-url>`: a table for the regional office of every certificate
 * that has expired or expires within 90 days, soonest first, with the producer to call. Exit 0 when
 * there is none, 1 when some are listed, 2 for usage errors and unreadable input.
 */
import { certificateStatus, daysBetween, localDate } from '../../format/calendar.js';
import { localize } from '../../format/text.js';
import { parseFeed } from '../../model/parse.js';
import type { Certification, Feed } from '../../model/types.js';
import { CERTIFICATE_EXPIRY_WARNING_DAYS } from '../../model/vocabulary.js';
import { UsageError, type Lang } from '../args.js';
import { InputError, parseJsonText, readSource } from '../input.js';
import type { Command } from './command.js';

const usage = `Usage: etalase report certificates <file-or-url> [--json] [--lang id|en] [--today YYYY-MM-DD]

Lists every certificate (of products, producers and export details) that has expired or expires
within ${CERTIFICATE_EXPIRY_WARNING_DAYS} days, soonest first, with the producer and their WhatsApp number.

Options:
  --json               Print the rows as JSON
  --lang id|en         Language of the table (default: Indonesian, or English when LANG=en*)
  --today YYYY-MM-DD   Count days from this date instead of today
  -h, --help           Show this help

Exit status: 0 nothing to renew, 1 some certificates are listed, 2 wrong usage or unreadable input.`;

export interface CertificateRow {
  status: 'expired' | 'expiring';
  validUntil: string;
  /** Days from today to `validUntil` (negative: expired that many days ago). */
  days: number;
  type: string;
  number: string;
  /** JSON path of the certificate in the feed. */
  path: string;
  product?: string;
  producer: string;
  producerId: string;
  whatsapp?: string;
}

/** Every expired or expiring certificate of `feed` on `today`, soonest first. */
export function certificateRows(feed: Feed, today: string, lang: Lang = 'id'): CertificateRow[] {
  const rows: CertificateRow[] = [];
  const producers = new Map(feed.producers.map((producer) => [producer.id, producer]));
  const add = (
    list: Certification[] | undefined,
    path: string,
    producerId: string,
    product?: string,
  ) => {
    list?.forEach((cert, i) => {
      const status = certificateStatus(cert, today);
      if (status !== 'expired' && status !== 'expiring') return;
      const producer = producers.get(producerId);
      rows.push({
        status,
        validUntil: cert.validUntil!.slice(0, 10),
        days: daysBetween(today, cert.validUntil!),
        type: cert.type === 'other' ? localize(cert.name, lang) || 'other' : cert.type,
        number: cert.number,
        path: `${path}[${i}]`,
        ...(product ? { product } : {}),
        producer: producer ? localize(producer.name, lang) : producerId,
        producerId,
        ...(producer?.contact.whatsapp ? { whatsapp: producer.contact.whatsapp } : {}),
      });
    });
  };
  feed.producers.forEach((producer, i) =>
    add(producer.certifications, `producers[${i}].certifications`, producer.id),
  );
  feed.products.forEach((product, i) => {
    const name = localize(product.name, lang);
    add(product.certifications, `products[${i}].certifications`, product.producerId, name);
    add(
      product.export?.certifications,
      `products[${i}].export.certifications`,
      product.producerId,
      name,
    );
  });
  return rows.sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}

const HEADERS = {
  id: ['Status', 'Berlaku s.d.', 'Hari', 'Jenis', 'Nomor', 'Produk', 'Produsen', 'WhatsApp'],
  en: ['Status', 'Valid until', 'Days', 'Type', 'Number', 'Product', 'Producer', 'WhatsApp'],
};
const STATUS = {
  id: { expired: 'KEDALUWARSA', expiring: 'segera habis' },
  en: { expired: 'EXPIRED', expiring: 'expiring' },
};

/** A plain-text table (columns padded with spaces), one certificate per line. */
export function formatCertificateTable(rows: CertificateRow[], lang: Lang, today: string): string {
  if (rows.length === 0) {
    return lang === 'en'
      ? `No certificate has expired or expires within ${CERTIFICATE_EXPIRY_WARNING_DAYS} days of ${today}.\n`
      : `Tidak ada sertifikat yang kedaluwarsa atau habis dalam ${CERTIFICATE_EXPIRY_WARNING_DAYS} hari sejak ${today}.\n`;
  }
  const cells = [
    HEADERS[lang],
    ...rows.map((row) => [
      STATUS[lang][row.status],
      row.validUntil,
      String(row.days),
      row.type,
      row.number,
      row.product ?? '–',
      row.producer,
      row.whatsapp ? `+${row.whatsapp}` : '–',
    ]),
  ];
  const widths = HEADERS[lang].map((_, c) => Math.max(...cells.map((line) => line[c]!.length)));
  const lines = cells.map((line) =>
    line
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const expired = rows.filter((row) => row.status === 'expired').length;
  const summary =
    lang === 'en'
      ? `${expired} expired, ${rows.length - expired} expiring within ${CERTIFICATE_EXPIRY_WARNING_DAYS} days (as of ${today}).`
      : `${expired} kedaluwarsa, ${rows.length - expired} habis dalam ${CERTIFICATE_EXPIRY_WARNING_DAYS} hari (per ${today}).`;
  return `${lines.join('\n')}\n\n${summary}\n`;
}

export const command: Command = {
  usage,
  options: { today: { type: 'string' } },
  async run(args, context) {
    const [topic, source, ...extra] = args.positionals;
    if (topic !== 'certificates')
      throw new UsageError('report knows one topic: etalase report certificates <file-or-url>');
    if (!source) throw new UsageError('report certificates needs a file or URL');
    if (extra.length)
      throw new UsageError(`report takes one file or URL (also got: ${extra.join(' ')})`);
    const todayValue = args.values['today'];
    if (todayValue !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(todayValue)))
      throw new UsageError('--today must be a date such as 2026-12-01');
    const today = typeof todayValue === 'string' ? todayValue : localDate();
    let input: unknown;
    try {
      input = parseJsonText(await readSource(source), source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      context.stderr(`etalase: ${error.messages[args.lang]}\n`);
      return 2;
    }
    const { feed } = parseFeed(input);
    if (!feed) {
      context.stderr(
        args.lang === 'en'
          ? `etalase: ${source} is not a usable feed; run etalase validate ${source}\n`
          : `etalase: ${source} bukan feed yang dapat dipakai; jalankan etalase validate ${source}\n`,
      );
      return 2;
    }
    const rows = certificateRows(feed, today, args.lang);
    context.stdout(
      args.json
        ? `${JSON.stringify({ source, today, certificates: rows }, null, 2)}\n`
        : formatCertificateTable(rows, args.lang, today),
    );
    return rows.length ? 1 : 0;
  },
};

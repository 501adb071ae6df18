/**
 * Every issue code the model reports, with what is wrong and how to fix it, in Indonesian and English.
 * Data stewards read these in `etalase validate`; keep them concrete (name the field, show an example).
 */
import type { DroppedUnit, FeedIssue, Severity } from './types.js';
import type { Bilingual } from './vocabulary.js';
import { toWellFormed } from './well-formed.js';

export { REPAIR_CODES } from './repair-codes.js';

export interface IssueDetails {
  /** Expected type or allowed values, e.g. `number` or `halal, pirt, bpom`. */
  expected?: string;
  /** What was found, e.g. `string`. */
  received?: string;
  /** A limit (length, minimum) or a value to quote (an id, a region code). */
  value?: string | number;
}

type Template = (d: IssueDetails) => Bilingual;

const t =
  (id: string, en: string): Template =>
  () => ({ id, en });

/** Messages by code. Each says what is wrong, then how to fix it. */
const templates: Record<string, Template> = {
  'not-an-object': t(
    'Isi berkas bukan objek JSON feed. Perbaiki: berkas harus diawali dengan { dan berisi "version", "publisher", "producers" dan "products".',
    'The file is not a JSON feed object. Fix: it must start with { and contain "version", "publisher", "producers" and "products".',
  ),
  'unsupported-version': (d) => ({
    id: `Versi feed ${d.received ?? 'tidak ada'} tidak didukung. Perbaiki: tulis "version": 1.`,
    en: `Feed version ${d.received ?? 'missing'} is not supported. Fix: write "version": 1.`,
  }),
  'missing-field': t(
    'Kolom wajib ini tidak ada. Perbaiki: isi kolom ini (lihat docs/feed-format.md).',
    'This required field is missing. Fix: fill it in (see docs/feed-format.md).',
  ),
  'wrong-type': (d) => ({
    id: `Jenis nilai salah: seharusnya ${typeName(d.expected, 'id')}, tertulis ${typeName(d.received, 'id')}. Perbaiki: ${typeFix(d.expected, 'id')}`,
    en: `Wrong kind of value: expected ${typeName(d.expected, 'en')}, found ${typeName(d.received, 'en')}. Fix: ${typeFix(d.expected, 'en')}`,
  }),
  'invalid-value': (d) => ({
    id: `Nilai tidak dikenal${d.received ? ` "${d.received}"` : ''}. Perbaiki: gunakan salah satu dari: ${d.expected}.`,
    en: `Unknown value${d.received ? ` "${d.received}"` : ''}. Fix: use one of: ${d.expected}.`,
  }),
  empty: t(
    'Teks kosong. Perbaiki: isi teksnya atau hapus kolom ini.',
    'Empty text. Fix: write the text or remove the field.',
  ),
  'too-long': (d) => ({
    id: `Terlalu panjang (lebih dari ${d.value}). Perbaiki: persingkat menjadi paling banyak ${d.value}.`,
    en: `Too long (over ${d.value}). Fix: shorten it to at most ${d.value}.`,
  }),
  'too-small': (d) => ({
    id: `Nilai terlalu kecil (minimal ${d.value}). Perbaiki: tulis angka ${d.value} atau lebih.`,
    en: `Value too small (minimum ${d.value}). Fix: write ${d.value} or more.`,
  }),
  'not-integer': t(
    'Harus bilangan bulat. Perbaiki: tulis tanpa koma atau titik desimal, misalnya 50.',
    'Must be a whole number. Fix: write it without decimals, e.g. 50.',
  ),
  'not-a-list': t(
    'Harus berupa daftar (array). Perbaiki: bungkus isinya dengan [ ].',
    'Must be a list (array). Fix: wrap the entries in [ ].',
  ),
  'invalid-id': t(
    'ID tidak sah. Perbaiki: gunakan huruf, angka, titik, garis bawah atau tanda hubung saja, misalnya "tas-rotan-01".',
    'Invalid id. Fix: use only letters, digits, dots, underscores or hyphens, e.g. "tas-rotan-01".',
  ),
  'duplicate-id': (d) => ({
    id: `ID "${d.value}" sudah dipakai oleh entri lain; entri ini dilewati. Perbaiki: beri ID yang unik.`,
    en: `Id "${d.value}" is already used by another entry; this one is skipped. Fix: give it a unique id.`,
  }),
  'unknown-producer': (d) => ({
    id: `Produsen "${d.value}" tidak ada di "producers" (atau tidak sah). Perbaiki: tambahkan produsen itu atau perbaiki producerId.`,
    en: `Producer "${d.value}" is not in "producers" (or is invalid). Fix: add that producer or correct producerId.`,
  }),
  'unknown-reference': (d) => ({
    id: `"${d.value}" tidak ditemukan di feed. Perbaiki: periksa ID-nya atau hapus dari daftar.`,
    en: `"${d.value}" is not in the feed. Fix: check the id or remove it from the list.`,
  }),
  'invalid-region-code': t(
    'Kode wilayah tidak sah. Perbaiki: gunakan kode Kemendagri bertitik, misalnya "62" (provinsi), "62.71" (kota), "62.71.02" (kecamatan).',
    'Invalid region code. Fix: use a dotted Kemendagri code, e.g. "62" (province), "62.71" (city), "62.71.02" (district).',
  ),
  'unknown-region': (d) => ({
    id: `Kode wilayah "${d.value}" tidak dikenal. Perbaiki: periksa kodenya di tabel Kemendagri, atau jika wilayahnya baru, tambahkan di "regions" feed.`,
    en: `Region code "${d.value}" is unknown. Fix: check it against the Kemendagri table, or, for a new region, declare it in the feed's "regions".`,
  }),
  'unknown-category': (d) => ({
    id: `Kategori "${d.value}" tidak dikenal; produk tetap ditampilkan. Perbaiki: gunakan kategori bawaan (kuliner, kriya, wastra, …) atau daftarkan di "categories".`,
    en: `Category "${d.value}" is unknown; the product still shows. Fix: use a built-in category (kuliner, kriya, wastra, …) or declare it in "categories".`,
  }),
  'invalid-nib': t(
    'NIB harus 13 angka. Perbaiki: salin NIB dari OSS tanpa spasi atau tanda baca, misalnya "1234567890123".',
    'NIB must be 13 digits. Fix: copy the NIB from OSS without spaces or punctuation, e.g. "1234567890123".',
  ),
  'invalid-pirt': t(
    'Nomor P-IRT harus minimal 15 angka. Perbaiki: salin nomor dari sertifikat SPP-IRT, misalnya "1234567890123-45".',
    'A P-IRT number has at least 15 digits. Fix: copy it from the SPP-IRT certificate, e.g. "1234567890123-45".',
  ),
  'invalid-bpom': t(
    'Nomor BPOM harus "MD" atau "ML" diikuti 12 angka. Perbaiki: misalnya "MD 123456789012".',
    'A BPOM number is "MD" or "ML" followed by 12 digits. Fix: e.g. "MD 123456789012".',
  ),
  'invalid-whatsapp': t(
    'Nomor WhatsApp tidak sah. Perbaiki: tulis nomor ponsel Indonesia, misalnya "0812-3456-7890" atau "+62 812 3456 7890".',
    'Invalid WhatsApp number. Fix: write an Indonesian mobile number, e.g. "0812-3456-7890" or "+62 812 3456 7890".',
  ),
  'invalid-phone': t(
    'Nomor telepon tidak sah. Perbaiki: tulis angka saja (boleh spasi, tanda hubung, +), misalnya "(0536) 322-1234".',
    'Invalid phone number. Fix: write digits (spaces, hyphens and + allowed), e.g. "(0536) 322-1234".',
  ),
  'invalid-email': t(
    'Alamat e-mail tidak sah. Perbaiki: misalnya "umkm@contoh.go.id".',
    'Invalid e-mail address. Fix: e.g. "umkm@example.go.id".',
  ),
  'invalid-date': t(
    'Tanggal tidak sah, atau harinya tidak ada (misalnya 30 Februari). Perbaiki: gunakan format ISO 8601, misalnya "2026-08-24" atau "2026-08-24T09:00:00+07:00".',
    'Invalid date, or a day that does not exist (such as 30 February). Fix: use ISO 8601, e.g. "2026-08-24" or "2026-08-24T09:00:00+07:00".',
  ),
  'invalid-time': t(
    'Jam tidak sah. Perbaiki: tulis jam 24 jam dengan titik dua, misalnya "08:00" atau "21:30".',
    'Invalid time. Fix: write a 24-hour time with a colon, e.g. "08:00" or "21:30".',
  ),
  'invalid-hs-code': t(
    'Kode HS tidak sah. Perbaiki: tulis 4 sampai 10 angka (boleh bertitik), misalnya "1604.20" atau "46021990".',
    'Invalid HS code. Fix: write 4 to 10 digits (dots allowed), e.g. "1604.20" or "46021990".',
  ),
  'invalid-country': t(
    'Kode negara tidak sah. Perbaiki: gunakan kode ISO 3166 dua huruf besar, misalnya "MY", "SG", "JP".',
    'Invalid country code. Fix: use a two-letter ISO 3166 code in capitals, e.g. "MY", "SG", "JP".',
  ),
  'group-too-small': t(
    'Kelompok usaha harus beranggota minimal 2 pembuat. Perbaiki: tulis jumlah anggota, atau hapus "group" untuk satu usaha.',
    'A producer group has at least 2 makers. Fix: write the number of members, or remove "group" for a single business.',
  ),
  'date-range': t(
    'Tanggal selesai lebih awal dari tanggal mulai. Perbaiki: tukar atau koreksi tanggalnya.',
    'The end date is before the start date. Fix: swap or correct the dates.',
  ),
  'invalid-language': t(
    'Kode bahasa tidak sah. Perbaiki: gunakan kode seperti "id" atau "en".',
    'Invalid language code. Fix: use a code such as "id" or "en".',
  ),
  'invalid-latitude': t(
    'Lintang harus antara -90 dan 90. Perbaiki: periksa apakah lat dan lng tertukar.',
    'Latitude must be between -90 and 90. Fix: check whether lat and lng are swapped.',
  ),
  'invalid-longitude': t(
    'Bujur harus antara -180 dan 180. Perbaiki: periksa angka bujurnya.',
    'Longitude must be between -180 and 180. Fix: check the longitude.',
  ),
  'outside-indonesia': t(
    'Koordinat berada di luar Indonesia. Perbaiki: periksa tanda minus pada lintang dan apakah lat dan lng tertukar.',
    'The coordinates are outside Indonesia. Fix: check the sign of the latitude and whether lat and lng are swapped.',
  ),
  'negative-price': t(
    'Harga tidak boleh negatif. Perbaiki: tulis 0 atau lebih.',
    'A price cannot be negative. Fix: write 0 or more.',
  ),
  'negative-number': t(
    'Angka tidak boleh negatif. Perbaiki: tulis 0 atau lebih.',
    'The number cannot be negative. Fix: write 0 or more.',
  ),
  'price-range': t(
    'Harga minimum lebih besar dari harga maksimum. Perbaiki: tukar "min" dan "max".',
    'The minimum price is above the maximum. Fix: swap "min" and "max".',
  ),
  'price-empty': t(
    'Harga tanpa "min" maupun "max". Perbaiki: isi salah satunya, atau hapus "price".',
    'A price with neither "min" nor "max". Fix: fill in one of them, or remove "price".',
  ),
  'invalid-currency': t(
    'Kode mata uang harus 3 huruf kapital. Perbaiki: gunakan "IDR".',
    'A currency code is 3 capital letters. Fix: use "IDR".',
  ),
  'lead-time-too-long': t(
    'Waktu pengerjaan lebih dari 365 hari. Perbaiki: tulis dalam hari, misalnya 14.',
    'Lead time over 365 days. Fix: write it in days, e.g. 14.',
  ),
  'unsafe-url': t(
    'Alamat (URL) tidak aman atau tidak sah; hanya https: (atau alamat relatif untuk gambar) yang dipakai. Perbaiki: gunakan alamat "https://…".',
    'Unsafe or invalid URL; only https: (or a relative address for images) is used. Fix: use an "https://…" address.',
  ),
  'unsafe-or-relative-url': t(
    'Alamat (URL) tidak aman, tidak sah atau tidak lengkap. Perbaiki: tulis alamat lengkap "https://…".',
    'Unsafe, invalid or incomplete URL. Fix: write a full "https://…" address.',
  ),
  'insecure-url': t(
    'Alamat memakai http: tanpa enkripsi; browser bisa memblokirnya. Perbaiki: ganti menjadi https:.',
    'The address uses unencrypted http:; browsers may block it. Fix: change it to https:.',
  ),
  'missing-alt': t(
    'Gambar tanpa teks alternatif (alt). Perbaiki: jelaskan isi gambar untuk pembaca layar, misalnya "Tas rotan anyaman motif Dayak".',
    'Image without alternative text (alt). Fix: describe the picture for screen readers, e.g. "Woven rattan bag with Dayak motif".',
  ),
  'image-size-missing': t(
    'Gambar tanpa "width" dan "height"; halaman bisa bergeser saat gambar dimuat. Perbaiki: isi ukuran gambar dalam piksel.',
    'Image without "width" and "height"; the page may shift while it loads. Fix: give its size in pixels.',
  ),
  'no-image': t(
    'Produk tanpa gambar; ditampilkan dengan gambar pengganti. Perbaiki: tambahkan minimal satu foto di "images".',
    'Product without an image; a placeholder is shown. Fix: add at least one photo to "images".',
  ),
  'certificate-expired': (d) => ({
    id: `Sertifikat sudah kedaluwarsa (${d.value}). Perbaiki: perbarui sertifikat dan tanggal "validUntil", atau hapus sertifikat ini.`,
    en: `The certificate has expired (${d.value}). Fix: renew it and update "validUntil", or remove the certificate.`,
  }),
  'certificate-expiring': (d) => ({
    id: `Sertifikat akan kedaluwarsa pada ${d.value}. Perbaiki: ajukan perpanjangan sekarang, lalu perbarui tanggal "validUntil".`,
    en: `The certificate expires on ${d.value}. Fix: apply for renewal now, then update "validUntil".`,
  }),
  'unknown-field': (d) => ({
    id: `Kolom "${d.value}" tidak dikenal dan diabaikan. Perbaiki: periksa ejaan nama kolom (lihat docs/feed-format.md).`,
    en: `Field "${d.value}" is unknown and ignored. Fix: check the field name's spelling (see docs/feed-format.md).`,
  }),
  'repaired-url': (d) => ({
    id: `Alamat "${d.received}" dibaca sebagai "${d.value}". Perbaiki: tulis alamat lengkap dengan https://.`,
    en: `Address "${d.received}" read as "${d.value}". Fix: write the full address with https://.`,
  }),
  'repaired-number': (d) => ({
    id: `"${d.received}" dibaca sebagai angka ${d.value}. Perbaiki: tulis angka tanpa tanda kutip, titik ribuan atau "Rp", misalnya 25000.`,
    en: `"${d.received}" read as the number ${d.value}. Fix: write the number without quotes, thousands separators or "Rp", e.g. 25000.`,
  }),
  'repaired-date': (d) => ({
    id: `Tanggal "${d.received}" dibaca sebagai ${d.value}. Perbaiki: tulis tanggal dalam format ISO 8601, misalnya "2026-08-24".`,
    en: `Date "${d.received}" read as ${d.value}. Fix: write the date as ISO 8601, e.g. "2026-08-24".`,
  }),
  'repaired-id': (d) => ({
    id: `Spasi di awal atau akhir "${d.received}" dihapus. Perbaiki: hapus spasi itu.`,
    en: `Spaces around "${d.received}" were removed. Fix: delete those spaces.`,
  }),
  'repaired-region-code': (d) => ({
    id: `Kode wilayah "${d.received}" dibaca sebagai "${d.value}". Perbaiki: tulis kode bertitik, misalnya "62.71".`,
    en: `Region code "${d.received}" read as "${d.value}". Fix: write the dotted code, e.g. "62.71".`,
  }),
  'repaired-text': t(
    'Teks berisi karakter rusak (setengah emoji atau surrogate tunggal) yang diganti dengan "\ufffd". Perbaiki: ketik ulang atau simpan ulang teksnya sebagai UTF-8.',
    'The text holds a broken character (half an emoji, a lone surrogate), replaced with "\ufffd". Fix: type the text again or save it again as UTF-8.',
  ),
  'unknown-district': (d) => ({
    id: `Kecamatan "${d.value}" tidak ada di tabel Kemendagri; data tetap ditampilkan di bawah kabupaten/kotanya. Perbaiki: periksa kode kecamatan (tiga bagian terakhir), atau daftarkan di "regions" feed.`,
    en: `District "${d.value}" is not in the Kemendagri table; the entry is still shown under its regency/city. Fix: check the district code, or declare it in the feed's "regions".`,
  }),
  invalid: t(
    'Nilai tidak sah. Perbaiki: lihat docs/feed-format.md.',
    'Invalid value. Fix: see docs/feed-format.md.',
  ),
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true/false', en: 'true/false' },
  array: { id: 'daftar [ ]', en: 'a list [ ]' },
  object: { id: 'objek { }', en: 'an object { }' },
  null: { id: 'null', en: 'null' },
  undefined: { id: 'kosong', en: 'nothing' },
};

function typeName(type: string | undefined, lang: 'id' | 'en'): string {
  return (type && TYPE_NAMES[type]?.[lang]) ?? type ?? '?';
}

function typeFix(expected: string | undefined, lang: 'id' | 'en'): string {
  const fixes: Record<string, Bilingual> = {
    number: {
      id: 'tulis angka tanpa tanda kutip, titik ribuan atau "Rp", misalnya 350000.',
      en: 'write the number without quotes, thousands separators or "Rp", e.g. 350000.',
    },
    string: { id: 'tulis teks di antara tanda kutip.', en: 'write the text between quotes.' },
    boolean: {
      id: 'tulis true atau false tanpa tanda kutip.',
      en: 'write true or false without quotes.',
    },
    array: { id: 'bungkus isinya dengan [ ].', en: 'wrap the entries in [ ].' },
    object: { id: 'tulis objek dengan { }.', en: 'write an object with { }.' },
  };
  return (
    (expected && fixes[expected]?.[lang]) ??
    (lang === 'id' ? 'lihat docs/feed-format.md.' : 'see docs/feed-format.md.')
  );
}

/** Builds an issue with its bilingual message. Unknown codes get the generic `invalid` message. */
export function createIssue(
  path: string,
  code: string,
  severity: Severity,
  details: IssueDetails = {},
): FeedIssue {
  const template = templates[code] ?? templates['invalid']!;
  // Quoted feed text (a key, a value) may hold a lone surrogate: messages stay well-formed.
  const quoted: IssueDetails = {
    ...details,
    ...(details.received !== undefined ? { received: toWellFormed(details.received) } : {}),
    ...(typeof details.value === 'string' ? { value: toWellFormed(details.value) } : {}),
  };
  return { path: toWellFormed(path), code, severity, message: template(quoted) };
}

const DROPPED: Record<DroppedUnit, Bilingual> = {
  field: {
    id: ' (Kolom ini diabaikan; data lainnya tetap dipakai.)',
    en: ' (This field is left out; the rest of the entry is kept.)',
  },
  item: {
    id: ' (Butir ini dibuang dari daftarnya; sisanya tetap dipakai.)',
    en: ' (This item is left out of its list; the rest is kept.)',
  },
  record: { id: ' (Entri ini dilewati.)', en: ' (This entry is skipped.)' },
};

/**
 * Marks the errors from `issues[from]` on, not yet marked, as having dropped `unit` (and says so in
 * their messages).
 */
export function markDropped(issues: FeedIssue[], from: number, unit: DroppedUnit): void {
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.severity !== 'error' || issue.dropped) continue;
    issue.dropped = unit;
    issue.message = withDroppedNote(issue.message, unit);
  }
}

/** `message` followed by what was left out: "(This field is left out; …)". */
export function withDroppedNote(message: Bilingual, unit: DroppedUnit): Bilingual {
  return { id: message.id + DROPPED[unit].id, en: message.en + DROPPED[unit].en };
}

/** Whether `code` is one of the model's own issue codes. */
export function isIssueCode(code: string): boolean {
  return code in templates;
}

/** All issue codes, for documentation and tests. */
export const ISSUE_CODES = Object.keys(templates);

/** One line for people: `products[3].price.min: …`. */
export function formatIssue(issue: FeedIssue, lang: 'id' | 'en' = 'id'): string {
  return `${issue.path || '(feed)'}: ${issue.message[lang]}`;
}

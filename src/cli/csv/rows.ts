/**
 * One spreadsheet row ⇄ one feed record. `decodeRow` reads the cells into the record the feed format
 * expects (plus, for each field, the column it came from, so the model's issues can name the column);
 * `encodeRecord` writes a record back into cells. Pure: no node, no files.
 */
import { BUILTIN_CATEGORIES, type BuiltinCategory } from '../../model/vocabulary.js';
import { formatPath, type PathSegment } from '../../model/zod-issues.js';
import {
  LIST_SEPARATOR,
  readBoolean,
  readChoice,
  readCoordinate,
  readDate,
  readInteger,
  readMoney,
  splitList,
  wordKey,
  writeBoolean,
  writeNumber,
  type Bilingual,
  type CellResult,
} from './cells.js';
import type { ColumnGroup, ColumnSpec } from './columns.js';
import type { ResolvedColumn } from './headers.js';
import { readHours, writeHours } from './hours.js';

type Json = Record<string, unknown>;

export interface CellIssue {
  column: ResolvedColumn;
  severity: 'error' | 'warning';
  code: string;
  message: Bilingual;
}

export interface DecodedRow {
  record: Json;
  /** Field path inside the record (`price.min`, `images[1].alt.en`) → header it was read from. */
  fields: Map<string, string>;
  issues: CellIssue[];
}

interface Slot {
  group?: string;
  path: readonly string[];
}

interface GroupState {
  group: ColumnGroup;
  order: number;
  entry: Json;
  fields: Map<string, string>;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function setPath(target: Json, path: readonly string[], value: unknown) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  });
  node[path.at(-1)!] = value;
}

function getPath(source: unknown, path: readonly string[]): unknown {
  let node = source;
  for (const key of path) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

const groupId = (group: ColumnGroup) => `${group.at.join('.')}#${group.key ?? ''}`;

/** Words offices use for the built-in categories, besides their labels (`Kuliner`, `Food`). */
export const CATEGORY_WORDS: Record<BuiltinCategory, readonly string[]> = {
  kuliner: [
    'makanan',
    'makanan olahan',
    'olahan pangan',
    'pangan',
    'food',
    'camilan',
    'kue',
    'snack',
  ],
  minuman: ['minuman', 'drink', 'drinks', 'beverage', 'beverages', 'kopi', 'teh'],
  kriya: ['kerajinan', 'kerajinan tangan', 'craft', 'crafts', 'handicraft', 'anyaman', 'ukiran'],
  wastra: ['kain', 'tenun', 'batik', 'songket', 'sasirangan', 'tekstil', 'textile', 'textiles'],
  fesyen: ['fashion', 'busana', 'pakaian', 'sandang', 'clothing'],
  aksesoris: ['aksesori', 'aksesoris', 'perhiasan', 'accessories', 'jewelry', 'jewellery'],
  herbal: ['jamu', 'kecantikan', 'kosmetik', 'herbal', 'beauty', 'obat tradisional'],
  pertanian: ['hasil tani', 'hasil pertanian', 'pertanian', 'perkebunan', 'agro', 'farm produce'],
  dekorasi: ['dekorasi', 'hiasan', 'hiasan rumah', 'home decor', 'interior'],
};

/**
 * `Kuliner`, `Food`, `Makanan` and `kuliner` all name the built-in category `kuliner` (by id, label
 * or a common word); other ids stay as written.
 */
export function readCategory(raw: string): string {
  if (raw in BUILTIN_CATEGORIES) return raw;
  const key = wordKey(raw);
  for (const [id, names] of Object.entries(BUILTIN_CATEGORIES)) {
    if (key === id || key === wordKey(names.id) || key === wordKey(names.en)) return id;
  }
  for (const [id, words] of Object.entries(CATEGORY_WORDS)) {
    if (words.some((word) => wordKey(word) === key)) return id;
  }
  return raw;
}

/**
 * Excel shows `62.10` as the number `62.1`; a code with a one-digit last part can only mean a
 * trailing zero was lost.
 */
export function repairRegionCode(raw: string): string {
  return /^\d{2}(\.\d{2})?\.\d$/.test(raw) ? `${raw}0` : raw;
}

const cellText = (raw: string) => raw.replace(/\r\n?/g, '\n').trim();

/** Reads one row. `cells` are the row's raw strings, positioned as `columns[i].index`. */
export function decodeRow(
  columns: readonly ResolvedColumn[],
  cells: readonly string[],
): DecodedRow {
  const record: Json = {};
  const fields = new Map<string, string>();
  const issues: CellIssue[] = [];
  const groups = new Map<string, GroupState>();
  const localized = new Map<
    string,
    { slot: Slot; base?: string; langs: Record<string, string>; headers: Map<string, string> }
  >();
  const localizedLists = new Map<
    string,
    {
      slot: Slot;
      column: ResolvedColumn;
      base?: string[];
      langs: Map<string, { items: string[]; column: ResolvedColumn }>;
    }
  >();
  const links = new Map<
    string,
    { path: readonly string[]; items: { link: Json; header: string }[] }
  >();
  let extra: { value: Json; header: string } | undefined;

  const put = (slot: Slot, value: unknown, header: string, fieldSuffix = '') => {
    const target = slot.group ? groups.get(slot.group)!.entry : record;
    const fieldMap = slot.group ? groups.get(slot.group)!.fields : fields;
    setPath(target, slot.path, value);
    fieldMap.set(formatPath(slot.path) + fieldSuffix, header);
  };
  const fail = (column: ResolvedColumn, result: CellResult<unknown>): boolean => {
    if (!result.error) return false;
    issues.push({ column, severity: 'error', code: 'unreadable-cell', message: result.error });
    return true;
  };

  for (const column of columns) {
    const raw = cellText(cells[column.index] ?? '');
    if (raw === '') continue;
    const { spec, header } = column;
    let slot: Slot = { path: spec.path };
    if (spec.group) {
      const id = groupId(spec.group);
      if (!groups.has(id))
        groups.set(id, {
          group: spec.group,
          order: column.index,
          entry: { ...spec.group.fixed },
          fields: new Map(),
        });
      slot = { group: id, path: spec.path };
    }
    switch (spec.kind) {
      case 'text': {
        let value = raw;
        if (spec.path.at(-1) === 'regionCode' || spec.path.at(-1) === 'code') {
          value = repairRegionCode(raw);
          if (value !== raw) {
            issues.push({
              column,
              severity: 'warning',
              code: 'region-code-repaired',
              message: {
                id: `Kode wilayah "${raw}" dibaca sebagai "${value}" (angka 0 di belakang hilang, biasanya karena Excel). Perbaiki: format kolom ini sebagai Teks.`,
                en: `Region code "${raw}" read as "${value}" (a trailing 0 was lost, usually by Excel). Fix: format this column as Text.`,
              },
            });
          }
        }
        // Excel's `6.28E+12`, or `9,12E+12` with Indonesian settings (decimal comma).
        if (/^\d([.,]\d+)?E\+?\d+$/i.test(raw)) {
          issues.push({
            column,
            severity: 'error',
            code: 'scientific-notation',
            message: {
              id: `Spreadsheet memendekkan angka ini menjadi "${raw}"; angka aslinya hilang. Perbaiki: format kolom ini sebagai Teks, lalu ketik ulang nomornya.`,
              en: `The spreadsheet shortened this number to "${raw}"; the original digits are lost. Fix: format the column as Text, then type the number again.`,
            },
          });
          break;
        }
        // A NIB written in groups (`1234 5678 90123`, as exports write it so Excel keeps it text).
        if (spec.path.join('.') === 'nib' && /^[\d\s.-]+$/.test(value)) {
          const digits = value.replace(/\D/g, '');
          if (digits.length === 13) value = digits;
        }
        put(slot, value, header);
        break;
      }
      case 'category':
        put(slot, readCategory(raw), header);
        break;
      case 'money':
      case 'integer':
      case 'coordinate':
      case 'boolean':
      case 'date': {
        const reader = {
          money: readMoney,
          integer: readInteger,
          coordinate: readCoordinate,
          boolean: readBoolean,
          date: readDate,
        }[spec.kind];
        const result: CellResult<unknown> = reader(raw);
        if (!fail(column, result)) put(slot, result.value, header);
        break;
      }
      case 'choice': {
        const result = readChoice(raw, spec.choices as Record<string, readonly string[]>);
        if (!fail(column, result)) put(slot, result.value, header);
        break;
      }
      case 'list':
        put(slot, splitList(raw), header);
        break;
      case 'hours': {
        const result = readHours(raw);
        if (!fail(column, result)) put(slot, result.value, header);
        break;
      }
      case 'idList':
        put(slot, splitList(raw, ','), header);
        break;
      case 'localized': {
        const key = `${slot.group ?? ''}:${slot.path.join('.')}`;
        const entry = localized.get(key) ?? { slot, langs: {}, headers: new Map<string, string>() };
        localized.set(key, entry);
        if (column.lang) entry.langs[column.lang] = raw;
        else entry.base = raw;
        entry.headers.set(column.lang ?? '', header);
        break;
      }
      case 'localizedList': {
        const key = slot.path.join('.');
        const entry = localizedLists.get(key) ?? {
          slot,
          column,
          base: undefined,
          langs: new Map(),
        };
        localizedLists.set(key, entry);
        if (column.lang) entry.langs.set(column.lang, { items: splitList(raw), column });
        else {
          entry.base = splitList(raw);
          entry.column = column;
        }
        break;
      }
      case 'link':
      case 'otherLinks': {
        const key = spec.path.join('.');
        const entry = links.get(key) ?? { path: spec.path, items: [] };
        links.set(key, entry);
        if (spec.kind === 'link')
          entry.items.push({ link: { platform: spec.platform!, url: raw }, header });
        else {
          for (const item of splitList(raw)) {
            const cut = item.indexOf('=');
            if (cut <= 0) {
              issues.push({
                column,
                severity: 'error',
                code: 'unreadable-cell',
                message: {
                  id: `"${item}" tidak berbentuk Nama=https://…. Perbaiki: tulis misalnya "Toko Web=https://contoh.id".`,
                  en: `"${item}" is not in the form Name=https://…. Fix: write e.g. "Web shop=https://example.id".`,
                },
              });
              continue;
            }
            entry.items.push({
              link: { platform: item.slice(0, cut).trim(), url: item.slice(cut + 1).trim() },
              header,
            });
          }
        }
        break;
      }
      case 'json': {
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch {
          value = undefined;
        }
        if (!isObject(value)) {
          issues.push({
            column,
            severity: 'error',
            code: 'unreadable-cell',
            message: {
              id: 'Isi kolom ini harus objek JSON, misalnya {"exportReady": true}. Perbaiki: periksa kurung kurawal, tanda kutip dan koma, atau kosongkan.',
              en: 'This column must hold a JSON object, e.g. {"exportReady": true}. Fix: check the braces, quotes and commas, or empty it.',
            },
          });
        } else extra = { value, header };
        break;
      }
    }
  }

  for (const { slot, base, langs, headers } of localized.values()) {
    const hasLangs = Object.keys(langs).length > 0;
    const value = hasLangs ? { ...(base !== undefined ? { id: base } : {}), ...langs } : base;
    put(slot, value, headers.get('') ?? headers.values().next().value!);
    const fieldMap = slot.group ? groups.get(slot.group)!.fields : fields;
    if (hasLangs)
      for (const [lang, header] of headers)
        fieldMap.set(`${formatPath(slot.path)}.${lang || 'id'}`, header);
  }

  for (const { slot, column, base, langs } of localizedLists.values()) {
    const count = base?.length ?? 0;
    for (const { items, column: langColumn } of langs.values()) {
      if (items.length !== count) {
        issues.push({
          column: langColumn,
          severity: 'error',
          code: 'list-length-mismatch',
          message: {
            id: `Kolom ini berisi ${items.length} nilai, sedangkan "${column.header}" berisi ${count}. Perbaiki: samakan jumlah dan urutannya (dipisah |).`,
            en: `This column holds ${items.length} values but "${column.header}" holds ${count}. Fix: give both the same number of values, in the same order (separated by |).`,
          },
        });
      }
    }
    const value = (base ?? []).map((item, i) => {
      const translations = [...langs].filter(([, { items }]) => items[i] !== undefined);
      return translations.length
        ? {
            id: item,
            ...Object.fromEntries(translations.map(([lang, { items }]) => [lang, items[i]])),
          }
        : item;
    });
    if (value.length) put(slot, value, column.header);
  }

  for (const { path, items } of links.values()) {
    setPath(
      record,
      path,
      items.map((item) => item.link),
    );
    items.forEach((item, i) => fields.set(formatPath([...path, i]), item.header));
  }

  // Group entries (images, certificates, the logo) with at least one cell filled in.
  const byList = new Map<string, GroupState[]>();
  for (const state of groups.values()) {
    const list = byList.get(state.group.at.join('.')) ?? [];
    byList.set(state.group.at.join('.'), list);
    list.push(state);
  }
  for (const list of byList.values()) {
    const numbered = list.every((state) => /^\d+$/.test(state.group.key ?? ''));
    list.sort((a, b) => (numbered ? Number(a.group.key) - Number(b.group.key) : a.order - b.order));
    const at = list[0]!.group.at;
    const prefix = (i: number): PathSegment[] => (list[0]!.group.single ? [...at] : [...at, i]);
    list.forEach((state, i) => {
      fields.set(formatPath(prefix(i)), state.fields.values().next().value!);
      for (const [field, header] of state.fields)
        fields.set(`${formatPath(prefix(i))}.${field}`, header);
    });
    setPath(record, at, list[0]!.group.single ? list[0]!.entry : list.map((state) => state.entry));
  }

  const location = record['location'];
  if (isObject(location) && (location['lat'] === undefined) !== (location['lng'] === undefined)) {
    const present = columns.find(
      (c) => c.spec.kind === 'coordinate' && cellText(cells[c.index] ?? '') !== '',
    )!;
    issues.push({
      column: present,
      severity: 'error',
      code: 'half-location',
      message: {
        id: 'Koordinat hanya terisi separuh. Perbaiki: isi lintang dan bujur, atau kosongkan keduanya.',
        en: 'Only half of the coordinates is filled in. Fix: fill in both latitude and longitude, or neither.',
      },
    });
    delete record['location'];
  }

  if (extra) {
    for (const [key, value] of Object.entries(extra.value)) {
      if (value === null) delete record[key];
      else record[key] = value;
      for (const field of [...fields.keys()])
        if (field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`))
          fields.delete(field);
      fields.set(key, extra.header);
    }
  }
  return { record, fields, issues };
}

/** Which entry of a group list a grouped column writes: the n-th image, the first certificate of a type. */
function groupEntry(record: Json, group: ColumnGroup): unknown {
  const value = getPath(record, group.at);
  if (group.single) return value;
  if (!Array.isArray(value)) return undefined;
  if (group.fixed)
    return value.find(
      (item) => isObject(item) && Object.entries(group.fixed!).every(([k, v]) => item[k] === v),
    );
  return value[Number(group.key) - 1];
}

/** Digits in groups: `6281234567890` → `0812-3456-7890`-like text no spreadsheet turns into a number. */
const group = (digits: string, separator: string) =>
  [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8)].filter(Boolean).join(separator);

/**
 * Long digit strings (NIB, WhatsApp, phone) become `6,28E+12` in Excel; written in groups they stay
 * text, and the importer reads them back to the same value.
 */
function excelSafeText(spec: ColumnSpec, value: string): string {
  const field = spec.path.join('.');
  if (field === 'nib' && /^\d{13}$/.test(value)) return group(value, ' ');
  if (field.endsWith('whatsapp') && /^628\d{7,11}$/.test(value))
    return group(`0${value.slice(2)}`, '-');
  if (field.endsWith('phone') && /^\d{11,}$/.test(value)) return group(value, ' ');
  return value;
}

function writeLocalized(value: unknown, lang: string | undefined): string {
  if (typeof value === 'string') return lang ? '' : value;
  if (!isObject(value)) return '';
  const text = value[lang ?? 'id'];
  return typeof text === 'string' ? text : '';
}

/** The cell of `record` for `column` (empty string when there is nothing to write). */
export function encodeCell(
  record: Json,
  column: { spec: ColumnSpec; lang?: string },
  lang: 'id' | 'en',
): string {
  const { spec } = column;
  const owner = spec.group ? groupEntry(record, spec.group) : record;
  const value = spec.kind === 'json' ? undefined : getPath(owner, spec.path);
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' ? excelSafeText(spec, value) : '';
    case 'category':
    case 'date':
      return typeof value === 'string' ? value : '';
    case 'choice': {
      if (typeof value !== 'string') return '';
      return lang === 'id' ? (spec.choices?.[value]?.[0] ?? value) : value;
    }
    case 'money':
    case 'integer':
      return typeof value === 'number' ? writeNumber(value) : '';
    case 'coordinate':
      // `-6.175` is -6175 to Excel with Indonesian settings (dot = thousands); with a degree sign it
      // stays text in every locale, and `readCoordinate` reads it back.
      return typeof value === 'number' ? `${writeNumber(value)}°` : '';
    case 'boolean':
      return typeof value === 'boolean' ? writeBoolean(value, lang) : '';
    case 'list':
    case 'idList':
      return Array.isArray(value) ? value.join(LIST_SEPARATOR) : '';
    case 'localizedList':
      return Array.isArray(value)
        ? value.map((item) => writeLocalized(item, column.lang)).join(LIST_SEPARATOR)
        : '';
    case 'localized':
      return writeLocalized(value, column.lang);
    case 'hours':
      return writeHours(value, lang);
    case 'link': {
      const link = Array.isArray(value)
        ? value.find((item) => isObject(item) && item['platform'] === spec.platform)
        : undefined;
      return isObject(link) && typeof link['url'] === 'string' ? link['url'] : '';
    }
    case 'otherLinks': {
      if (!Array.isArray(value)) return '';
      const known = new Set(spec.platforms);
      return value
        .filter((item): item is Json => isObject(item) && !known.has(String(item['platform'])))
        .map((item) => `${String(item['platform'])}=${String(item['url'])}`)
        .join(LIST_SEPARATOR);
    }
    case 'json':
      return '';
  }
}

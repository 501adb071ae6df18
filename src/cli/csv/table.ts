/**
 * One CSV file → decoded rows plus every problem of the file itself: unknown or duplicate headers,
 * a missing required column, cells beyond the last header, an unclosed quote.
 */
import type { Bilingual } from './cells.js';
import type { ColumnSpec, TableSpec } from './columns.js';
import { HeaderIndex, normalizeHeader, suggestHeader, type ResolvedColumn } from './headers.js';
import { decodeRow, type DecodedRow } from './rows.js';
import { readCsv } from './text.js';

export interface CsvIssue {
  file: string;
  /** Spreadsheet row (the header is row 1). */
  row?: number;
  /** Header as written in the file (or the expected header when the column is missing). */
  column?: string;
  severity: 'error' | 'warning';
  code: string;
  message: Bilingual;
  /** The feed path the model reported, when the issue comes from the model. */
  path?: string;
}

export interface TableRow {
  /** Spreadsheet row number. */
  row: number;
  decoded: DecodedRow;
  /** Whether a cell of this row could not be read. */
  hasCellErrors: boolean;
}

export interface TableRead {
  table: TableSpec;
  file: string;
  columns: ResolvedColumn[];
  rows: TableRow[];
  issues: CsvIssue[];
  /** Required columns absent from the header: every row of the file is refused. */
  missing: ColumnSpec[];
  /** Language most headers are written in; names of absent columns follow it. */
  headerLang: 'id' | 'en';
}

export interface ReadTableOptions {
  /** Columns not required after all (the region code, when `--region` gives a default). */
  optional?: readonly string[];
  lang?: 'id' | 'en';
}

export function readTable(
  table: TableSpec,
  file: string,
  text: string,
  options: ReadTableOptions = {},
): TableRead {
  const sheet = readCsv(text);
  const issues: CsvIssue[] = sheet.errors.map((error) => ({
    file,
    row: error.row,
    severity: 'error',
    code: 'csv-syntax',
    message: error.message,
  }));
  const index = new HeaderIndex(table);
  // Office sheets often carry a title or two above the header row ("DATA PRODUK UNGGULAN 2026").
  const titleRows = headerRowIndex(index, sheet.header, sheet.rows);
  if (titleRows > 0) {
    const header = sheet.rows[titleRows - 1]!.map((cell) => cell.trim());
    issues.push({
      file,
      row: titleRows + 1,
      severity: 'warning',
      code: 'title-rows',
      message: {
        id: `Judul kolom ditemukan di baris ${titleRows + 1}; ${titleRows === 1 ? 'baris 1' : `baris 1–${titleRows}`} di atasnya dibaca sebagai judul lembar dan dilewati. Perbaiki: tidak perlu, atau hapus baris judul itu agar judul kolom ada di baris 1.`,
        en: `Column headers found on row ${titleRows + 1}; ${titleRows === 1 ? 'row 1' : `rows 1–${titleRows}`} above are read as the sheet's title and skipped. Fix: nothing needed, or delete the title rows so the headers are on row 1.`,
      },
    });
    sheet.header = header;
    sheet.rows = sheet.rows.slice(titleRows);
  }
  /** Spreadsheet row of `sheet.rows[i]`. */
  const rowNumber = (i: number) => i + titleRows + 2;
  const columns: ResolvedColumn[] = [];
  const seen = new Map<string, string>();

  if (sheet.header.every((cell) => cell === '')) {
    issues.push({
      file,
      row: 1,
      severity: 'error',
      code: 'no-header',
      message: {
        id: 'Baris pertama harus berisi judul kolom (misalnya id_produk, nama_produk). Perbaiki: salin baris judul dari templat (etalase import --template).',
        en: 'The first row must hold the column headers (e.g. product_id, product_name). Fix: copy the header row from the template (etalase import --template).',
      },
    });
    return {
      table,
      file,
      columns,
      rows: [],
      issues,
      missing: table.columns.filter((c) => c.required),
      headerLang: options.lang ?? 'id',
    };
  }

  sheet.header.forEach((header, position) => {
    if (header === '') return;
    const resolved = index.resolve(header);
    // The running number office sheets start with ("No", "No. Urut") means nothing to the feed.
    if (!resolved && ROW_NUMBER_HEADERS.has(normalizeHeader(header))) return;
    if (!resolved) {
      const suggestion = suggestHeader(index, header);
      issues.push({
        file,
        row: 1,
        column: header,
        severity: 'warning',
        code: 'unknown-column',
        message: {
          id: `Kolom "${header}" tidak dikenal dan diabaikan.${suggestion ? ` Maksudnya "${suggestion}"?` : ''} Perbaiki: periksa ejaan judul kolom (lihat PANDUAN.md), atau hapus kolom ini.`,
          en: `Column "${header}" is unknown and ignored.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Fix: check the header's spelling (see GUIDE.md), or delete the column.`,
        },
      });
      return;
    }
    const key = `${resolved.spec.group?.at.join('.') ?? ''}#${resolved.spec.group?.key ?? ''}:${resolved.spec.kind}:${resolved.spec.path.join('.')}:${resolved.spec.platform ?? ''}:${resolved.lang ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        file,
        row: 1,
        column: header,
        severity: 'warning',
        code: 'duplicate-column',
        message: {
          id: `Kolom "${header}" sama artinya dengan kolom "${earlier}" sebelumnya; yang ini diabaikan. Perbaiki: hapus salah satunya.`,
          en: `Column "${header}" means the same as the earlier column "${earlier}"; this one is ignored. Fix: delete one of them.`,
        },
      });
      return;
    }
    seen.set(key, header);
    columns.push({ ...resolved, header, index: position });
  });

  const present = new Set(columns.map((c) => c.spec));
  const optional = new Set(options.optional ?? []);
  const missing = table.columns.filter(
    (spec) => spec.required && !present.has(spec) && !optional.has(spec.id),
  );
  const noneKnown =
    columns.length === 0
      ? {
          id: ` Tidak satu pun judul kolom dikenali di ${HEADER_SEARCH} baris pertama: pastikan ada satu baris judul kolom (boleh di bawah judul lembar), dieja seperti di templat.`,
          en: ` No column header was recognised in the first ${HEADER_SEARCH} rows: make sure there is one header row (it may follow a title), spelt as in the template.`,
        }
      : { id: '', en: '' };
  for (const spec of missing) {
    issues.push({
      file,
      column: spec.id,
      severity: 'error',
      code: 'missing-column',
      message: {
        id: `Kolom wajib "${spec.id}" (atau "${spec.en}") tidak ada, jadi tidak ada baris yang dapat diimpor. Perbaiki: tambahkan kolom itu dengan judul "${spec.id}".${noneKnown.id}`,
        en: `The required column "${spec.en}" (or "${spec.id}") is missing, so no row can be imported. Fix: add a column headed "${spec.en}".${noneKnown.en}`,
      },
    });
  }

  const rows: TableRow[] = [];
  sheet.rows.forEach((cells, i) => {
    const row = rowNumber(i);
    if (cells.every((cell) => cell.trim() === '')) return;
    const beyond = cells.slice(sheet.header.length).filter((cell) => cell.trim() !== '');
    const blankHeaders = sheet.header
      .map((h, position) => (h === '' && (cells[position] ?? '').trim() !== '' ? position : -1))
      .filter((p) => p >= 0);
    if (beyond.length || blankHeaders.length) {
      issues.push({
        file,
        row,
        severity: 'warning',
        code: 'cells-without-header',
        message: {
          id: `Baris ini berisi ${beyond.length + blankHeaders.length} sel di kolom tanpa judul; isinya diabaikan. Perbaiki: beri judul kolomnya, atau periksa tanda pemisah (koma/titik koma) di dalam sel yang tidak diberi tanda kutip.`,
          en: `This row has ${beyond.length + blankHeaders.length} cell(s) in columns without a header; they are ignored. Fix: give the column a header, or look for an unquoted separator (comma/semicolon) inside a cell.`,
        },
      });
    }
    const decoded = decodeRow(columns, cells);
    for (const issue of decoded.issues) {
      issues.push({
        file,
        row,
        column: issue.column.header,
        severity: issue.severity,
        code: issue.code,
        message: issue.message,
      });
    }
    rows.push({
      row,
      decoded,
      hasCellErrors: decoded.issues.some((issue) => issue.severity === 'error'),
    });
  });
  return {
    table,
    file,
    columns,
    rows,
    issues,
    missing,
    headerLang: headerLanguage(columns, options.lang),
  };
}

/** Headers of a running row number, ignored without a warning. */
const ROW_NUMBER_HEADERS = new Set([
  'no',
  'nomor',
  'no_urut',
  'nomor_urut',
  'urut',
  'num',
  'number',
]);

/** Rows searched for the header row below title rows. */
const HEADER_SEARCH = 10;

/**
 * How many title rows stand above the header row: the first row within the first few that names
 * at least two known columns and more than the first row does; 0 when the first row is the header.
 */
function headerRowIndex(
  index: HeaderIndex,
  first: readonly string[],
  rows: readonly (readonly string[])[],
): number {
  const known = (cells: readonly string[]) =>
    cells.filter((cell) => cell.trim() !== '' && index.resolve(cell.trim())).length;
  const atFirst = known(first);
  let best = 0;
  let bestCount = atFirst;
  for (let i = 0; i < Math.min(HEADER_SEARCH, rows.length); i++) {
    const count = known(rows[i]!);
    if (count >= 2 && count > bestCount) {
      best = i + 1;
      bestCount = count;
    }
  }
  return best;
}

/** English when more headers are spelt as the English names than as the Indonesian ones. */
function headerLanguage(
  columns: readonly ResolvedColumn[],
  fallback: 'id' | 'en' = 'id',
): 'id' | 'en' {
  let score = 0;
  for (const { spec, header, lang } of columns) {
    const key = lang
      ? normalizeHeader(header).replace(/_[a-z]{2,3}$/, '')
      : normalizeHeader(header);
    if (spec.en !== spec.id)
      score += key === normalizeHeader(spec.en) ? 1 : key === normalizeHeader(spec.id) ? -1 : 0;
  }
  return score > 0 ? 'en' : score < 0 ? 'id' : fallback;
}

/** The header a column has in this file, or its canonical name when the file lacks it. */
export function headerFor(read: TableRead, spec: ColumnSpec): string {
  return (
    read.columns.find((c) => c.spec === spec && !c.lang)?.header ??
    (read.headerLang === 'en' ? spec.en : spec.id)
  );
}

export { normalizeHeader };

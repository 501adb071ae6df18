/**
 * CSV text as spreadsheets write it, read and written with papaparse: comma, semicolon (Excel with
 * Indonesian regional settings) or tab separators, quoted cells with line breaks, UTF-8 with or
 * without BOM (or Windows-1252 from old Excel), CRLF line ends.
 */
import Papa from 'papaparse';
import type { Bilingual } from './cells.js';

export interface CsvSheet {
  delimiter: string;
  /** Header cells (first row). */
  header: string[];
  /** Data rows; `rows[i]` is spreadsheet row `i + 2`. */
  rows: string[][];
  /** Problems papaparse found (an unclosed quote), with the spreadsheet row. */
  errors: { row?: number; message: Bilingual }[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Bytes 0x80–0x9F of Windows-1252 (the WHATWG Encoding Standard's index): `–`, `’`, `€` … Node 20's
 * `TextDecoder('windows-1252')` decodes these as ISO-8859-1 control characters; browsers do not. The
 * five bytes Windows-1252 leaves undefined keep their control character, as the standard says.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 text, right in node and browsers alike. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** UTF-8 (BOM stripped) when valid, else Windows-1252, the encoding of Excel's plain "CSV" on Windows. */
export function decodeCsvBytes(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
} {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The separator of the first line that has one (a title row above the header may have none): the
 * candidate found most often outside quotes (comma on a tie).
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if ([...counts.values()].some((count) => count > 0)) break;
    } else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Spreadsheets run cells starting with these as formulas; exports prefix them with `'`. */
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.,])/;

/** A cell `writeCsv` prefixed: `'=…`, or `''=…` for a cell that itself began with `'=`. */
const isEscaped = (cell: string) =>
  cell.startsWith("'") &&
  (FORMULA_START.test(cell.slice(1)) || (cell[1] === "'" && FORMULA_START.test(cell.slice(2))));

export function readCsv(input: string): CsvSheet {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Excel's own hint line, `sep=;`, names the separator; Excel hides it, so rows count from the header.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = hint ? hint[1]! : detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const [header = [], ...rows] = result.data;
  const unescape = (cell: string) => (isEscaped(cell) ? cell.slice(1) : cell);
  const errors = result.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: error.row === undefined ? undefined : error.row + 1,
      message: {
        id: 'Tanda kutip (") tidak ditutup; sisa berkas terbaca sebagai satu sel. Perbaiki: tutup tanda kutipnya, atau simpan ulang dari spreadsheet.',
        en: 'A quote (") is not closed; the rest of the file reads as one cell. Fix: close the quote, or save the file again from the spreadsheet.',
      },
    }));
  return {
    delimiter,
    header: header.map((cell) => cell.trim()),
    rows: rows.map((row) => row.map(unescape)),
    errors,
  };
}

export interface WriteCsvOptions {
  /** `,` (default) or `;` for Excel with Indonesian regional settings. */
  delimiter?: string;
}

/** CSV with a UTF-8 BOM (so Excel reads the accents) and CRLF line ends; formula-like cells escaped. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const escape = (cell: string) =>
    FORMULA_START.test(cell) || isEscaped(cell) ? `'${cell}` : cell;
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(escape)) },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\ufeff${body}\r\n`;
}

/// <reference types="node" />
/**
 * The node side of CSV import/export: reading spreadsheet files (any encoding a spreadsheet writes),
 * finding them in a folder, writing outputs. Everything else in this folder is pure.
 */
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../input.js';
import { TABLES, type TableName } from './columns.js';
import type { CsvFile } from './import-feed.js';
import { normalizeHeader } from './headers.js';
import { decodeCsvBytes } from './text.js';

export interface ReadCsvFile extends CsvFile {
  encoding: 'utf-8' | 'windows-1252';
}

export async function readCsvFile(path: string, name = basename(path)): Promise<ReadCsvFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new InputError(
        { id: `Berkas tidak ditemukan: ${path}`, en: `File not found: ${path}` },
        { cause: error },
      );
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      { id: `Berkas tidak dapat dibaca: ${reason}`, en: `Cannot read the file: ${reason}` },
      { cause: error },
    );
  }
  return { name, ...decodeCsvBytes(bytes) };
}

/** Alternative file names recognised in a folder, besides `produk.csv` / `products.csv`. */
const FOLDER_NAMES: Record<TableName, string[]> = {
  info: ['penerbit', 'publisher', 'info', 'feed'],
  categories: ['kategori', 'categories', 'category'],
  regions: ['wilayah', 'regions', 'region'],
  producers: ['produsen', 'producers', 'producer', 'umkm'],
  products: ['produk', 'products', 'product'],
  outlets: ['outlet', 'outlets', 'gerai'],
};

/** The CSV files of a folder, by table (`Produk.csv`, `products.csv`, `produk (1).csv` is not guessed). */
export async function findCsvFiles(dir: string): Promise<Partial<Record<TableName, string>>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new InputError(
      { id: `Folder tidak dapat dibaca: ${dir}`, en: `Cannot read the folder: ${dir}` },
      { cause: error },
    );
  }
  const found: Partial<Record<TableName, string>> = {};
  for (const file of names.sort()) {
    if (!/\.csv$/i.test(file)) continue;
    const key = normalizeHeader(file.replace(/\.csv$/i, ''));
    for (const table of Object.keys(TABLES) as TableName[]) {
      if (FOLDER_NAMES[table].includes(key) && !found[table]) found[table] = join(dir, file);
    }
  }
  return found;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes files into `dir` (created when missing). */
export async function writeFiles(
  dir: string,
  files: readonly { name: string; text: string }[],
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    await writeFile(path, file.text, 'utf8');
    paths.push(path);
  }
  return paths;
}

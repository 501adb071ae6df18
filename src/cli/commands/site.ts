/// <reference types="node" />
/**
 * `etalase site <feed> --out site/ [--base-url https://…] [--langs id,en]`: a static catalogue (see
 * src/ssr/site.ts). Exit 0 when written, 1 when the input is not a usable feed, 2 for usage errors.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../model/vocabulary.js';
import { UsageError } from '../args.js';
import type { Command } from './command.js';
import { pageSizeOption, readFeedForPages } from './render.js';

const usage = `Usage: etalase site <file-or-url> --out site/ [--base-url https://…] [--langs id,en]
       [--page-size <n>]

Writes a static catalogue to put on any static host: the showcase page, one page per product
(produk/<id>/) and per producer (produsen/<id>/) with their own title, description, Open Graph and
Twitter card tags and JSON-LD, readable without JavaScript, plus robots.txt and (with --base-url)
sitemap.xml. Every page declares a strict Content-Security-Policy. The input is a feed or a shard set
(its folder or index.json, from etalase shard), written into the site as one merged feed.

Options:
  --out <folder>     Where to write the site (required)
  --base-url <url>   Where the site will live: canonical URLs, link previews and the sitemap need it
  --langs id,en      Languages of the pages; the first at the root, the others under en/ (default: id)
  --page-size <n>    Products on the showcase's first page (default 12: a phone's first page, and half the HTML of 24)
  --lang id|en       Language of the messages (default: id)
  -h, --help         Show this help

Exit status: 0 written, 1 the input is not a usable feed, 2 wrong usage or unreadable input.`;

/** The built drop-in next to the CLI (dist/), also when the CLI runs from its sources. */
function dropInFolder(): string {
  for (const candidate of ['../../', '../../../dist/']) {
    const folder = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${folder}etalase.min.js`)) return folder;
  }
  throw new UsageError('the drop-in file etalase.min.js is missing: run "npm run build" first');
}

export const command: Command = {
  usage,
  options: {
    out: { type: 'string' },
    'base-url': { type: 'string' },
    langs: { type: 'string' },
    'page-size': { type: 'string' },
  },
  async run(args, context) {
    const [source, ...extra] = args.positionals;
    if (!source)
      throw new UsageError(
        'site needs a feed file or URL, e.g. etalase site feed.json --out site/',
      );
    if (extra.length) throw new UsageError(`site takes one feed (also got: ${extra.join(' ')})`);
    const out = args.values['out'];
    if (typeof out !== 'string' || out === '') throw new UsageError('site needs --out <folder>');
    const baseUrl = args.values['base-url'];
    if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !/^https?:\/\/[^/]/.test(baseUrl)))
      throw new UsageError(
        '--base-url must be an http(s) address, e.g. https://umkm.example.go.id/',
      );
    const langs = String(args.values['langs'] ?? 'id')
      .split(',')
      .map((lang) => lang.trim());
    if (
      !langs.every((lang) => lang === 'id' || lang === 'en') ||
      new Set(langs).size !== langs.length
    )
      throw new UsageError(`--langs lists "id" and/or "en" (got "${langs.join(',')}")`);
    const pageSize = pageSizeOption(args.values['page-size'], 12);
    const dropIn = dropInFolder();
    const read = await readFeedForPages(source, args, context);
    if (!('feed' in read)) return read.exitCode;
    const { buildSite } = await import('../../ssr/site.js');
    const started = performance.now();
    const result = await buildSite(read.feed, {
      out,
      langs: langs as Language[],
      feedText: read.feedText,
      dropIn,
      pageSize,
      ...(/^https?:\/\//i.test(read.path) || source === '-' ? {} : { feedDir: dirname(read.path) }),
      ...(typeof baseUrl === 'string' ? { baseUrl } : {}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const megabytes = (result.bytes / 1e6).toFixed(1);
    context.stderr(
      args.lang === 'en'
        ? `Site written to ${out}: ${result.pages} pages, ${result.files} files, ${megabytes} MB in ${seconds} s${baseUrl ? '' : ' (no sitemap.xml without --base-url)'}\n`
        : `Situs ditulis ke ${out}: ${result.pages} halaman, ${result.files} berkas, ${megabytes} MB dalam ${seconds} dtk${baseUrl ? '' : ' (sitemap.xml perlu --base-url)'}\n`,
    );
    return 0;
  },
};

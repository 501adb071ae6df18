/**
 * The command registry: name → summary and a lazy loader, so `etalase validate` never loads the code
 * of other commands. Adding a command is one line here plus its module exporting `command`.
 */
import type { Command } from './command.js';

export type { Command, CommandContext } from './command.js';

export interface CommandEntry {
  /** One line for `etalase --help`. */
  summary: string;
  load: () => Promise<{ command: Command }>;
}

export const commands: Record<string, CommandEntry> = {
  validate: {
    summary: 'Check a feed file or URL and list every problem with its fix',
    load: () => import('./validate.js'),
  },
  schema: {
    summary: 'Print the JSON Schema of the feed format',
    load: () => import('./schema.js'),
  },
  import: {
    summary:
      'Turn spreadsheet CSV files into a valid feed, naming the row and column of each problem',
    load: () => import('./import.js'),
  },
  report: {
    summary:
      'Report certificates: etalase report certificates <feed> lists expired and expiring ones',
    load: () => import('./report.js'),
  },
  export: {
    summary: 'Write a feed as CSV files to edit in a spreadsheet and import again',
    load: () => import('./export.js'),
  },
  shard: {
    summary: 'Split feeds into a shard set (index, region shards, text chunks) for national scale',
    load: () => import('./shard.js'),
  },
  render: {
    summary: 'Write a pre-rendered showcase (HTML) to paste into a page with the drop-in script',
    load: () => import('./render.js'),
  },
  site: {
    summary: 'Write a static catalogue: a page per product and producer, sitemap.xml, robots.txt',
    load: () => import('./site.js'),
  },
};

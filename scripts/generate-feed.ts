/**
 * Writes a deterministic synthetic feed (see test/fixtures/generate-feed.ts).
 *
 *   npm run generate-feed -- --products 10000 --seed 1 [--producers 4000] [--outlets 20]
 *                            [--regions kalimantan|national] [--indent 2] [--out feed.json]
 *
 * Prints to stdout without `--out`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateFeedJson } from '../test/fixtures/generate-feed.js';

const usage =
  'Usage: npm run generate-feed -- --products <n> [--seed <n>] [--producers <n>] [--outlets <n>] ' +
  '[--regions kalimantan|national] [--indent <n>] [--out <file>]';

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      producers: { type: 'string' },
      outlets: { type: 'string' },
      seed: { type: 'string', default: '1' },
      regions: { type: 'string', default: 'kalimantan' },
      indent: { type: 'string', default: '0' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const products = count(values.products, 'products');
  if (products === undefined) throw new Error('--products is required');
  if (values.regions !== 'kalimantan' && values.regions !== 'national') {
    throw new Error(`--regions must be "kalimantan" or "national", got "${values.regions}"`);
  }
  const producers = count(values.producers, 'producers');
  const outlets = count(values.outlets, 'outlets');
  const json = generateFeedJson(
    {
      products,
      seed: count(values.seed, 'seed') ?? 1,
      regions: values.regions,
      ...(producers !== undefined ? { producers } : {}),
      ...(outlets !== undefined ? { outlets } : {}),
    },
    count(values.indent, 'indent'),
  );
  if (values.out) {
    writeFileSync(values.out, json + '\n');
    console.error(
      `Wrote ${values.out} (${products} products, ${(json.length / 1024).toFixed(0)} KB)`,
    );
  } else process.stdout.write(json + '\n');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(usage);
  process.exit(2);
}

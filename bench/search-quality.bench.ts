/**
 * Search quality on the sample feed: the judged queries of `search-quality/queries.json` (what Indonesian
 * visitors type, with every product they would want) through the etalase query engine and through
 * MiniSearch (fuzzy and prefix on, same fields), side by side.
 *   npm run bench:search
 * Precision@5: judged products among the first five, out of min(5, judged). Recall: judged products
 * anywhere in the result, out of judged. Hits: the result's size (a search that finds everything has
 * full recall and is useless: watch this column too).
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { createQueryEngine } from '../src/feed/query.js';
import { allTexts } from '../src/format/text.js';
import { parseFeed } from '../src/model/parse.js';
import { getBuiltinRegion, registerDistricts } from '../src/model/regions/index.js';
import { ancestorRegionCodes } from '../src/model/region-code.js';
import { DISTRICTS } from '../src/model/regions/data-districts.js';

interface Judged {
  q: string;
  kind: string;
  relevant: string[];
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const { queries } = JSON.parse(read('./search-quality/queries.json')) as { queries: Judged[] };
const { feed } = parseFeed(JSON.parse(read('../demo/data/produk-unggulan.json')));
if (!feed) throw new Error('the sample feed did not parse');
// As in the browser once the page is idle: district names known.
registerDistricts(DISTRICTS);

const engine = createQueryEngine(feed);
const etalase = (q: string) =>
  engine.query({ q }, { pageSize: engine.size, facets: false }).hits.map((h) => h.product.id);

// MiniSearch gets the same text etalase searches: names, tags, materials, producer, category labels,
// region names (every level), certification types, description.
const producers = new Map(feed.producers.map((p) => [p.id, p]));
const documents = feed.products.map((p) => {
  const producer = producers.get(p.producerId)!;
  const region = p.regionCode ?? producer.regionCode;
  return {
    id: p.id,
    name: allTexts(p.name).join(' '),
    tags: (p.tags ?? []).join(' '),
    materials: (p.materials ?? []).flatMap(allTexts).join(' '),
    producer: allTexts(producer.name).join(' '),
    category: [engine.categoryLabel(p.category, 'id'), engine.categoryLabel(p.category, 'en')].join(
      ' ',
    ),
    places: [region, ...ancestorRegionCodes(region)]
      .map((code) => getBuiltinRegion(code)?.name ?? '')
      .join(' '),
    certifications: [...(p.certifications ?? []), ...(producer.certifications ?? [])]
      .map((c) => c.type)
      .join(' '),
    description: allTexts(p.description).join(' '),
  };
});
const mini = new MiniSearch({
  fields: [
    'name',
    'tags',
    'materials',
    'producer',
    'category',
    'places',
    'certifications',
    'description',
  ],
});
mini.addAll(documents);
const miniSearch = (combineWith: 'AND' | 'OR') => (q: string) =>
  mini
    .search(q, {
      boost: { name: 16, tags: 8, materials: 6, producer: 4, category: 3, places: 3 },
      fuzzy: 0.2,
      prefix: true,
      combineWith,
    })
    .map((r) => r.id as string);

const engines: [string, (q: string) => string[]][] = [
  ['etalase', etalase],
  ['minisearch AND', miniSearch('AND')],
  ['minisearch OR', miniSearch('OR')],
];

function score(found: string[], relevant: string[]) {
  const judged = new Set(relevant);
  const top = found.slice(0, 5).filter((id) => judged.has(id)).length;
  const all = found.filter((id) => judged.has(id)).length;
  return { p5: top / Math.min(5, judged.size), recall: all / judged.size, hits: found.length };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
const totals = engines.map(() => ({ p5: 0, recall: 0 }));
const header = ['query', 'kind', 'judged', ...engines.map(([name]) => `${name} P@5/recall/hits`)];
const lines: string[][] = [];
for (const { q, kind, relevant } of queries) {
  const cells = engines.map(([, search], e) => {
    const s = score(search(q), relevant);
    totals[e]!.p5 += s.p5;
    totals[e]!.recall += s.recall;
    return `${pct(s.p5)} ${pct(s.recall)} ${String(s.hits).padStart(3)}`;
  });
  lines.push([JSON.stringify(q), kind, String(relevant.length), ...cells]);
}
const n = queries.length;
lines.push([
  `mean of ${n} queries`,
  '',
  '',
  ...totals.map((t) => `${pct(t.p5 / n)} ${pct(t.recall / n)}`),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const print = (cells: string[]) =>
  console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`Search quality: ${n} judged queries on demo/data/produk-unggulan.json\n`);
print(header);
for (const line of lines) print(line);

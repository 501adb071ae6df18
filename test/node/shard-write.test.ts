/**
 * `etalase shard`'s writer: a shard set holds exactly the merged feed (records, fields, provenance),
 * stays under the size limit, is deterministic, and a changed product rewrites only its own files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeFeeds } from '../../src/feed/merge.js';
import { createQueryEngine } from '../../src/feed/query.js';
import { loadDistricts } from '../../src/model/regions/index.js';
import { buildShardSet, writeShards, writeShardSet } from '../../src/cli/shard/write.js';
import type {
  ShardFile,
  ShardIndex,
  ShardListFile,
  ShardRowsFile,
  TextChunkFile,
  TextIndexFile,
} from '../../src/feed/shards/format.js';
import type { Feed } from '../../src/model/types.js';
import { twoSources } from '../fixtures/shard-sources.js';

await loadDistricts();

const sources = () => twoSources({ products: 600, seed: 3 }, { products: 200, seed: 4 });

const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function shardsOf({
  files,
  index,
}: {
  files: { path: string; text: string }[];
  index: ShardIndex;
}) {
  const text = new Map(files.map((file) => [file.path, file.text]));
  const list = JSON.parse(text.get(index.shardList.file)!) as ShardListFile;
  assert.equal(list.shards.length, index.shardList.shards);
  return list.shards.map((entry) => JSON.parse(text.get(entry.file)!) as ShardFile);
}

describe('etalase shard: the shard set', () => {
  const merged = mergeFeeds(sources());
  const set = buildShardSet(merged, { maxShardKb: 12 });
  const { index } = set;
  const shards = shardsOf(set);

  it('holds every product, producer and outlet of the merged feed, field for field', () => {
    const products = shards.flatMap((shard) => shard.products);
    assert.equal(products.length, merged.feed.products.length, 'each product in one shard');
    assert.deepEqual(byId(products), byId(merged.feed.products));
    const producers = new Map(shards.flatMap((s) => s.producers).map((p) => [p.id, p]));
    assert.deepEqual(byId([...producers.values()]), byId(merged.feed.producers));
    assert.deepEqual(byId(shards.flatMap((s) => s.outlets)), byId(merged.feed.outlets));
    assert.deepEqual(index.counts, {
      products: merged.feed.products.length,
      producers: merged.feed.producers.length,
      outlets: merged.feed.outlets.length,
    });
  });

  it('keeps where each record came from', () => {
    assert.deepEqual(
      index.sources.map((s) => s.url),
      ['https://example.org/nasional.json', 'https://example.org/kalimantan.json'],
    );
    let checked = 0;
    for (const shard of shards) {
      shard.products.forEach((product, i) => {
        assert.equal(
          index.sources[shard.sources.products[i]!]!.url,
          merged.provenance.products[product.id],
        );
        checked++;
      });
      shard.producers.forEach((producer, i) =>
        assert.equal(
          index.sources[shard.sources.producers[i]!]!.url,
          merged.provenance.producers[producer.id],
        ),
      );
    }
    assert.equal(checked, 800);
    assert.ok(
      shards.some((s) => s.sources.products.includes(1)),
      'both sources appear',
    );
  });

  it('splits regions so no shard of several products passes the limit, and names files by hash', () => {
    assert.ok(set.shards.length > 38, `${set.shards.length} shards`);
    for (const entry of set.shards) {
      if (entry.products > 1)
        assert.ok(entry.bytes <= 12 * 1024 + 4096, `${entry.key}: ${entry.bytes}`);
      assert.match(entry.file, new RegExp(`\\.${entry.hash}\\.json$`));
      assert.ok(entry.region === '' || /^\d+(\.\d+)*$/.test(entry.region), entry.region);
    }
    assert.ok(
      set.shards.some((entry) => entry.key.includes('~')),
      'a region split in parts',
    );
  });

  it('counts every product in the index facets and the region tree', () => {
    assert.equal(
      Object.values(index.facets.category).reduce((a, b) => a + b, 0),
      merged.feed.products.length,
    );
    const provinces = Object.entries(index.facets.region).filter(([code]) => !code.includes('.'));
    assert.equal(
      provinces.reduce((sum, [, n]) => sum + n, 0),
      merged.feed.products.length,
    );
    const kaltim = set.shards
      .filter((s) => s.region === '64' || s.region.startsWith('64.'))
      .reduce((sum, s) => sum + s.products, 0);
    assert.equal(index.facets.region['64'], kaltim);
  });

  it('puts the first page of the whole set in one shard', () => {
    const text = new Map(set.files.map((file) => [file.path, file.text]));
    const first = JSON.parse(text.get(index.first.file)!) as ShardFile;
    assert.equal(first.products.length, 48);
    // Default order: flagship products first.
    assert.ok(first.products[0]!.flagship);
    const producerIds = new Set(first.producers.map((p) => p.id));
    for (const product of first.products) assert.ok(producerIds.has(product.producerId));
  });

  it('indexes each word in the chunk of its longest prefix, pointing at shard rows', () => {
    const text = new Map(set.files.map((file) => [file.path, file.text]));
    const byKey = new Map(shards.map((shard) => [shard.key, shard]));
    const { chunks } = JSON.parse(text.get(index.text.file)!) as TextIndexFile;
    assert.equal(chunks.length, index.text.chunks);
    const prefixes = chunks.map((c) => c.prefix);
    let seen = 0;
    for (const entry of chunks) {
      const chunk = JSON.parse(text.get(entry.file)!) as TextChunkFile;
      for (const [word, postings] of Object.entries(chunk.words)) {
        const longest = prefixes
          .filter((p) => word.startsWith(p))
          .sort((a, b) => b.length - a.length)[0];
        assert.equal(longest, entry.prefix, word);
        for (const [key, list] of Object.entries(postings)) {
          const product = byKey.get(key)!.products[list[0]!]!;
          assert.ok(product, `${word} → ${key}`);
          seen++;
        }
      }
    }
    assert.ok(seen > 1000);
    const ko = chunks.find((c) => 'kopi'.startsWith(c.prefix))!;
    const chunk = JSON.parse(text.get(ko.file)!) as TextChunkFile;
    assert.ok(chunk.places['kalteng'] === undefined || chunk.places['kalteng']!.includes('62'));
  });

  it('writes the same files for the same feeds', () => {
    const again = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
    assert.deepEqual(
      again.files.map((f) => [f.path, f.text]),
      set.files.map((f) => [f.path, f.text]),
    );
  });
});

describe('etalase shard: writing as it goes', () => {
  it('writes, shard by shard, exactly the files of the set built in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-shards-'));
    try {
      const inMemory = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
      const { index, report } = await writeShards(dir, mergeFeeds(sources()), { maxShardKb: 12 });
      assert.deepEqual(index, inMemory.index);
      assert.deepEqual(
        report.written,
        inMemory.files.map((file) => file.path),
      );
      for (const file of inMemory.files)
        assert.equal(readFileSync(join(dir, file.path), 'utf8'), file.text, file.path);
      assert.equal(
        report.bytes,
        inMemory.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
      );
      const again = await writeShards(dir, mergeFeeds(sources()), { maxShardKb: 12 });
      assert.deepEqual(again.report.written, []);
      assert.equal(again.report.unchanged.length, inMemory.files.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('etalase shard: writing again after a change', () => {
  it('rewrites only the changed product’s shard, its words’ chunks and index.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-shards-'));
    try {
      const initial = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
      const first = await writeShardSet(dir, initial);
      assert.equal(first.unchanged.length, 0);
      const before = new Set([
        ...readdirSync(join(dir, 'shards')),
        ...readdirSync(join(dir, 'text')),
      ]);

      // One product, not on a first page (the set's or a region's head), gets a new price and a new
      // word in its name.
      const list = JSON.parse(
        readFileSync(join(dir, initial.index.shardList.file), 'utf8'),
      ) as ShardListFile;
      const copied = new Set(
        [initial.index.first, ...(list.heads ?? [])].flatMap((entry) =>
          (JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as ShardFile).products.map(
            (p) => p.id,
          ),
        ),
      );
      assert.ok(list.heads?.length, 'the set has heads');
      const changed = sources();
      const feed = changed[0]!.feed;
      const target = feed.products.find((p) => !p.flagship && !copied.has(p.id))!;
      target.price = { min: 123_456, currency: 'IDR' };
      target.name =
        typeof target.name === 'string'
          ? `${target.name} zzyzx`
          : { ...target.name, id: `${target.name['id']} zzyzx` };
      const set = buildShardSet(mergeFeeds(changed), { maxShardKb: 12 });
      const report = await writeShardSet(dir, set);

      const shardOf = set.shards.find((entry) =>
        (JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as ShardFile).products.some(
          (p) => p.id === target.id,
        ),
      )!;
      const written = report.written.sort();
      const shardFiles = written.filter((path) => path.startsWith('shards/'));
      assert.ok(
        written.some((path) => path.startsWith('text-index.')),
        'the chunk list',
      );
      const chunkFiles = written.filter((path) => path.startsWith('text/'));
      assert.deepEqual(shardFiles, [shardOf.file], 'only its shard');
      assert.deepEqual(
        chunkFiles.map((path) => path.split('.')[0]),
        ['text/zz'],
        'only the new word’s chunk',
      );
      assert.ok(written.includes('index.json'));
      assert.ok(
        written.some((path) => path.startsWith('shard-list.')),
        'the shard list (the shard’s hash changed)',
      );
      const province = shardOf.region.split('.')[0];
      assert.ok(
        written.some((path) => path.startsWith(`shard-list-${province}.`)),
        'its province’s list',
      );
      assert.ok(
        written.some((path) => path.startsWith('shard-rows.')),
        'the compact shard list',
      );
      assert.equal(written.length, 7);
      // The old version of the shard goes; the new word's chunk is new.
      assert.deepEqual(
        report.removed.map((path) => path.split('.').slice(0, -2).join('.')).sort(),
        [
          'shard-list',
          `shard-list-${province}`,
          'shard-rows',
          `shards/${shardOf.key}`,
          'text-index',
        ],
      );
      const after = new Set([
        ...readdirSync(join(dir, 'shards')),
        ...readdirSync(join(dir, 'text')),
      ]);
      assert.equal(
        [...after].filter((name) => !before.has(name)).length,
        2,
        'every other shard and chunk kept as it was',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('etalase shard: a shard list per province', () => {
  const set = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
  const text = new Map(set.files.map((file) => [file.path, file.text]));
  const whole = JSON.parse(text.get(set.index.shardList.file)!) as ShardListFile;

  it('lists each province’s shards, as the whole list has them, in a small file of its own', () => {
    const provinces = set.index.shardList.provinces!;
    const expected = new Set(whole.shards.map((entry) => entry.region.split('.')[0]));
    assert.deepEqual(Object.keys(provinces).sort(), [...expected].sort());
    const together = [];
    for (const [province, named] of Object.entries(provinces)) {
      const list = JSON.parse(text.get(named.file)!) as ShardListFile;
      assert.equal(list.kind, 'etalase-shard-list');
      assert.equal(Buffer.byteLength(text.get(named.file)!), named.bytes);
      assert.ok(list.shards.every((entry) => entry.region.split('.')[0] === province));
      assert.ok(named.bytes < set.index.shardList.bytes / 2, `${province}: ${named.bytes} B`);
      together.push(...list.shards);
    }
    const key = (entry: { key: string }) => entry.key;
    assert.deepEqual(together.map(key).sort(), whole.shards.map(key).sort());
  });

  it('passes etalase validate, which names a province list that differs from the whole list', async () => {
    const { checkShardSet } = await import('../../src/cli/shard/validate.js');
    const read = (files: Map<string, string>) => async (path: string) => {
      if (!files.has(path)) throw new Error(`missing ${path}`);
      return files.get(path)!;
    };
    assert.deepEqual((await checkShardSet(set.index, read(text))).issues, []);
    // A province list that drops a shard (with a size and hash that match it): named, by its file.
    const [province, named] = Object.entries(set.index.shardList.provinces!).find(
      ([p]) => whole.shards.filter((entry) => entry.region.split('.')[0] === p).length > 1,
    )!;
    const list = JSON.parse(text.get(named.file)!) as ShardListFile;
    const tampered = JSON.stringify({ ...list, shards: list.shards.slice(1) });
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(tampered).digest('hex').slice(0, 16);
    const index = structuredClone(set.index);
    index.shardList.provinces![province] = {
      file: named.file,
      bytes: Buffer.byteLength(tampered),
      hash,
    };
    const files = new Map(text).set(named.file, tampered);
    const { issues } = await checkShardSet(index, read(files));
    assert.deepEqual(
      issues.map((issue) => [issue.path, issue.code]),
      [[named.file, 'invalid-shard-index']],
    );
  });
});

describe('etalase shard: region heads', () => {
  const merged = mergeFeeds(sources());
  const set = buildShardSet(merged, { maxShardKb: 12 });
  const text = new Map(set.files.map((file) => [file.path, file.text]));
  const whole = JSON.parse(text.get(set.index.shardList.file)!) as ShardListFile;
  const heads = whole.heads ?? [];
  const engine = createQueryEngine(merged.feed);
  const ids = (hits: { product: { id: string } }[]) => hits.map((hit) => hit.product.id);

  it('gives each region whose view spans several shards or over two pages its first page, in the engine’s order', () => {
    const own = (code: string) =>
      whole.shards.filter(
        (entry) =>
          entry.products > 0 && (entry.region === code || entry.region.startsWith(`${code}.`)),
      );
    const headed = (code: string) =>
      own(code).length > 1 || own(code).reduce((sum, entry) => sum + entry.products, 0) > 96;
    const regions = new Set(
      whole.shards.flatMap((entry) => [entry.region.split('.')[0]!, entry.region]),
    );
    assert.deepEqual(
      heads.map((head) => head.region),
      [...regions].filter(headed).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
      'a head for every region of several shards or over 96 products, none for the others',
    );
    assert.ok(
      heads.some((head) => !head.region.includes('.')) &&
        heads.some((head) => head.region.includes('.')),
    );
    for (const head of heads) {
      const file = JSON.parse(text.get(head.file)!) as ShardFile;
      assert.equal(head.key, `${head.region}~head`);
      assert.equal(file.products.length, head.products);
      assert.deepEqual(
        ids(file.products.map((product) => ({ product }))),
        ids(engine.query({ region: [head.region] }, { pageSize: 48 }).hits),
        `${head.region}: the region's first 48 in the default order`,
      );
    }
  });

  it('gives a region of one shard a head only when it holds over two pages of a head', () => {
    // Larger regions, in shards large enough that each region is one.
    const large = mergeFeeds(twoSources({ products: 3000, seed: 5 }, { products: 200, seed: 6 }));
    const roomy = buildShardSet(large, { maxShardKb: 100_000 });
    const files = new Map(roomy.files.map((file) => [file.path, file.text]));
    const list = JSON.parse(files.get(roomy.index.shardList.file)!) as ShardListFile;
    const single = list.shards.filter(
      (entry) =>
        entry.products &&
        !list.shards.some(
          (other) => other !== entry && other.region.startsWith(`${entry.region}.`),
        ),
    );
    assert.ok(
      single.some((entry) => entry.products > 96) && single.some((entry) => entry.products <= 96),
      'the fixture has one-shard regions on both sides of 96 products',
    );
    const heads = new Map((list.heads ?? []).map((head) => [head.region, head]));
    const largeEngine = createQueryEngine(large.feed);
    for (const entry of single) {
      const head = heads.get(entry.region);
      assert.equal(
        Boolean(head),
        entry.products > 96,
        `${entry.region}: ${entry.products} products`,
      );
      if (!head) continue;
      assert.deepEqual(
        ids(
          (JSON.parse(files.get(head.file)!) as ShardFile).products.map((product) => ({ product })),
        ),
        ids(largeEngine.query({ region: [entry.region] }, { pageSize: 48 }).hits),
        `${entry.region}: the region's first 48 in the default order`,
      );
    }
  });

  it('lists heads apart from the shards, each province’s in its own list, and passes etalase validate', async () => {
    const keys = new Set(whole.shards.map((entry) => entry.key));
    assert.ok(
      heads.every((head) => !keys.has(head.key)),
      'a reader without heads never loads one',
    );
    for (const [province, named] of Object.entries(set.index.shardList.provinces!)) {
      const list = JSON.parse(text.get(named.file)!) as ShardListFile;
      assert.deepEqual(
        list.heads ?? [],
        heads.filter((head) => head.region.split('.')[0] === province),
      );
    }
    const { checkShardSet } = await import('../../src/cli/shard/validate.js');
    const read = (files: Map<string, string>) => async (path: string) => {
      if (!files.has(path)) throw new Error(`missing ${path}`);
      return files.get(path)!;
    };
    assert.deepEqual((await checkShardSet(set.index, read(text))).issues, []);
    // A head that is not its region's first page (its products in reverse): named, by its file.
    const head = heads.find((entry) => entry.products > 1)!;
    const file = JSON.parse(text.get(head.file)!) as ShardFile;
    const tampered = JSON.stringify({ ...file, products: [...file.products].reverse() });
    // Its size and hash rewritten to match, in both lists and the index: only its content is wrong.
    const { createHash } = await import('node:crypto');
    const files = new Map(text);
    const index = structuredClone(set.index);
    const rewrite = (named: { file: string; bytes: number; hash: string }, body: string) => {
      files.set(named.file, body);
      named.bytes = Buffer.byteLength(body);
      named.hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
    };
    const changed = { ...head };
    rewrite(changed, tampered);
    const withChanged = (path: string) => {
      const list = JSON.parse(text.get(path)!) as ShardListFile;
      return JSON.stringify({
        ...list,
        heads: list.heads!.map((entry) => (entry.key === head.key ? changed : entry)),
      });
    };
    rewrite(index.shardList, withChanged(index.shardList.file));
    // Without the compact list (as a set from before it): its file names follow from the hashes.
    delete index.shardList.rows;
    const province = index.shardList.provinces![head.region.split('.')[0]!]!;
    rewrite(province, withChanged(province.file));
    const issues = (await checkShardSet(index, read(files))).issues;
    assert.deepEqual(
      issues.map((issue) => [issue.path, issue.code]),
      [[head.file, 'invalid-shard']],
    );
  });
});

describe('etalase shard: the JSON Schema of index.json', () => {
  it('accepts a written index and rejects one without its shard list', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { shardIndexJsonSchema } = await import('../../src/cli/shard/schema.js');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(shardIndexJsonSchema());
    const set = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
    const { index } = set;
    const plain = JSON.parse(JSON.stringify(index)) as Record<string, unknown>;
    assert.ok(validate(plain), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal('shards' in plain, false, 'the shard list is a file of its own');
    delete plain['shardList'];
    assert.equal(validate(plain), false);
    assert.equal(validate({ ...index, kind: 'etalase-feed' }), false);
    // The list file, by the schema's `$defs.shardListFile`.
    const list = JSON.parse(set.files.find((f) => f.path === index.shardList.file)!.text) as {
      shards: { hash?: string }[];
      heads: { products?: number }[];
    };
    const validateList = ajv.compile({
      $ref: 'https://etalase.example/shards.schema.json#/$defs/shardListFile',
    });
    assert.ok(validateList(list), JSON.stringify(validateList.errors?.slice(0, 3)));
    // Its heads are entries like the shards'.
    delete list.heads[0]!.products;
    assert.equal(validateList(list), false);
    list.heads = [];
    assert.ok(validateList(list));
    delete list.shards[0]!.hash;
    assert.equal(validateList(list), false);
    const counts = JSON.parse(set.files.find((f) => f.path === index.shardCounts.file)!.text) as {
      categories: Record<string, Record<string, number>>;
    };
    const validateCounts = ajv.compile({
      $ref: 'https://etalase.example/shards.schema.json#/$defs/shardCountsFile',
    });
    assert.ok(validateCounts(counts), JSON.stringify(validateCounts.errors?.slice(0, 3)));
    assert.deepEqual(
      Object.keys(counts.categories),
      set.shards.map((entry) => entry.key),
    );
    counts.categories[set.shards[0]!.key] = { kuliner: -1 };
    assert.equal(validateCounts(counts), false);
  });

  it('writes the compact shard list: the whole list as rows, checked by the schema and etalase validate', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { shardIndexJsonSchema } = await import('../../src/cli/shard/schema.js');
    const { checkShardSet } = await import('../../src/cli/shard/validate.js');
    const { entriesOfRows } = await import('../../src/feed/shards/format.js');
    const set = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
    const files = new Map(set.files.map((file) => [file.path, file.text]));
    const named = set.index.shardList.rows!;
    const rows = JSON.parse(files.get(named.file)!) as ShardRowsFile;
    const whole = JSON.parse(files.get(set.index.shardList.file)!) as ShardListFile;
    assert.deepEqual(
      rows.shards,
      whole.shards.map((entry) => [entry.key, entry.hash, entry.products]),
    );
    // Each row names the same file and region as the whole list's entry.
    const fields = (entry: { key: string; region: string; file: string }) =>
      `${entry.key} ${entry.region} ${entry.file}`;
    assert.deepEqual(entriesOfRows(rows.shards)!.map(fields), whole.shards.map(fields));
    assert.deepEqual(entriesOfRows(rows.heads ?? [])!.map(fields), (whole.heads ?? []).map(fields));

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.compile(shardIndexJsonSchema());
    const validateRows = ajv.compile({
      $ref: 'https://etalase.example/shards.schema.json#/$defs/shardRowsFile',
    });
    assert.ok(validateRows(rows), JSON.stringify(validateRows.errors?.slice(0, 3)));
    assert.equal(validateRows({ ...rows, shards: [rows.shards[0]!.slice(0, 2)] }), false);

    const read = (from: Map<string, string>) => async (path: string) => {
      if (!from.has(path)) throw new Error(`missing ${path}`);
      return from.get(path)!;
    };
    assert.deepEqual((await checkShardSet(set.index, read(files))).issues, []);
    // One row's count wrong, the file's size and hash rewritten in the index: named, by its file.
    const { createHash } = await import('node:crypto');
    const body = JSON.stringify({
      ...rows,
      shards: rows.shards.map((row, i) => (i === 0 ? [row[0], row[1], row[2] + 1] : row)),
    });
    const index = structuredClone(set.index);
    index.shardList.rows = {
      file: 'shard-rows.changed.json',
      bytes: Buffer.byteLength(body),
      hash: createHash('sha256').update(body).digest('hex').slice(0, 16),
    };
    const changed = new Map(files).set(index.shardList.rows.file, body);
    assert.deepEqual(
      (await checkShardSet(index, read(changed))).issues.map((issue) => [issue.path, issue.code]),
      [['shard-rows.changed.json', 'invalid-shard-index']],
    );
  });

  it('keeps the index small: the shard list is not in it', () => {
    const set = buildShardSet(mergeFeeds(sources()), { maxShardKb: 12 });
    const indexBytes = Buffer.byteLength(set.files.at(-1)!.text);
    assert.ok(set.shards.length > 38);
    assert.ok(
      indexBytes < set.index.shardList.bytes,
      `index ${indexBytes} B, list ${set.index.shardList.bytes} B`,
    );
  });
});

describe('etalase shard: relative image paths', () => {
  it('resolve from the output folder as they did from their feed', () => {
    const [national, kalimantan] = sources();
    const withImage = (feed: Feed, src: string) => ({
      ...feed,
      products: feed.products.map((p, i) => (i === 0 ? { ...p, images: [{ src, alt: 'x' }] } : p)),
    });
    const local = { url: 'data/feeds/nasional.json', feed: withImage(national!.feed, 'img/a.jpg') };
    const remote = { ...kalimantan!, feed: withImage(kalimantan!.feed, 'foto/b.jpg') };
    const set = buildShardSet(mergeFeeds([local, remote]), {
      maxShardKb: 12,
      outDir: 'public/nasional',
    });
    const srcOf = (id: string) =>
      shardsOf(set)
        .flatMap((shard) => shard.products)
        .find((p) => p.id === id)!.images[0]!.src;
    // public/nasional/../../data/feeds/img/a.jpg is data/feeds/img/a.jpg.
    assert.equal(srcOf(local.feed.products[0]!.id), '../../data/feeds/img/a.jpg');
    assert.equal(srcOf(remote.feed.products[0]!.id), 'https://example.org/foto/b.jpg');
    // An absolute URL or a root-relative path is kept.
    const kept = buildShardSet(
      mergeFeeds([{ ...local, feed: withImage(national!.feed, '/img/c.jpg') }]),
      { maxShardKb: 12, outDir: 'public/nasional' },
    );
    assert.equal(
      shardsOf(kept)
        .flatMap((shard) => shard.products)
        .find((p) => p.id === local.feed.products[0]!.id)!.images[0]!.src,
      '/img/c.jpg',
    );
    // Without the folder (the Node API as before), paths are copied unchanged.
    const copied = buildShardSet(mergeFeeds([local]), { maxShardKb: 12 });
    assert.equal(
      shardsOf(copied)
        .flatMap((shard) => shard.products)
        .find((p) => p.id === local.feed.products[0]!.id)!.images[0]!.src,
      'img/a.jpg',
    );
  });
});

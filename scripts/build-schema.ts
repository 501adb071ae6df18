/** Writes dist/feed.schema.json from the model's zod schemas (run by `npm run build`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../src/model/json-schema.js';
import { shardIndexJsonSchema } from '../src/cli/shard/schema.js';

const out = new URL('../dist/feed.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname.replace(process.cwd() + '/', '')}`);

// The shard set's index.json (docs/shards.md).
const shards = new URL('../dist/shards.schema.json', import.meta.url);
writeFileSync(shards, `${JSON.stringify(shardIndexJsonSchema(), null, 2)}\n`);
console.log(`wrote ${shards.pathname.replace(process.cwd() + '/', '')}`);

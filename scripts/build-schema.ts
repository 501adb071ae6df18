/** Writes dist/feed.schema.json from the model's zod schemas (run by `npm run build`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../src/model/json-schema.js';

const out = new URL('../dist/feed.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname.replace(process.cwd() + '/', '')}`);

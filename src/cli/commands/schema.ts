/** `etalase schema`: prints the feed's JSON Schema (draft 2020-12), e.g. `etalase schema > feed.schema.json`. */
import { feedJsonSchema } from '../../model/json-schema.js';
import { UsageError } from '../args.js';
import type { Command } from './command.js';

const usage = `Usage: etalase schema

Prints the JSON Schema (draft 2020-12) of the feed format. Point "$schema" in your feed at it, or
configure your editor with it, to get completion and inline checks while editing.`;

export const command: Command = {
  usage,
  async run(args, context) {
    if (args.positionals.length) throw new UsageError('schema takes no arguments');
    context.stdout(`${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
    return 0;
  },
};

/// <reference types="node" />
/**
 * The one argument parser every command uses: `node:util` `parseArgs` plus the options all commands
 * share (`--help`, `--json`, `--lang`). Usage errors become `UsageError` so the dispatcher can exit 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Lang = 'id' | 'en';

/** Options understood by every command. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Wrong command line: the dispatcher prints the message and the command's usage, then exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** Option values by name (booleans, strings, or string arrays for `multiple`). */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  lang: Lang;
  json: boolean;
  help: boolean;
}

/** The language from `--lang`, else from `LANG`/`LC_ALL` (`en_*` → English), else Indonesian. */
export function resolveLang(flag: unknown, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag !== undefined) {
    if (flag === 'id' || flag === 'en') return flag;
    // `--lang id,en` is how one would ask `etalase site` for both trees: name the option that does it.
    const hint = String(flag).includes(',') ? "; for the pages' languages use --langs id,en" : '';
    throw new UsageError(`--lang must be "id" or "en" (got "${String(flag)}")${hint}`);
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Parses `argv` (without the command name) against the common options plus `options`. */
export function parseCommandArgs(
  argv: string[],
  options: OptionsConfig = {},
  env?: NodeJS.ProcessEnv,
): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as ParsedArgs['values'];
  return {
    positionals: parsed.positionals,
    values,
    lang: resolveLang(values['lang'], env),
    json: values['json'] === true,
    help: values['help'] === true,
  };
}

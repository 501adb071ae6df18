#!/usr/bin/env node
/// <reference types="node" />
/**
 * `etalase`: the command line. `etalase <command> [options]`; commands live in ./commands/ and are
 * loaded on demand. Exit status: 0 ok, 1 the feed has problems, 2 wrong usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs, UsageError } from './args.js';
import { commands } from './commands/index.js';
import type { CommandContext } from './commands/command.js';

function version(): string {
  try {
    // Same relative place from src/cli/ and dist/cli/.
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function mainUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`)
    .join('\n');
  return `Usage: etalase <command> [options]

Commands:
${list}

Options:
  -h, --help      Show help (also: etalase <command> --help)
  -v, --version   Show the version

Docs: docs/feed-format.md (English), docs/feed-format.id.md (Bahasa Indonesia)`;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && commands[topic]) return main([topic, '--help'], context);
    (name === undefined ? context.stderr : context.stdout)(`${mainUsage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    context.stdout(`${version()}\n`);
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    context.stderr(`etalase: unknown command "${name}"\n\n${mainUsage()}\n`);
    return 2;
  }
  const { command } = await entry.load();
  try {
    const args = parseCommandArgs(rest, command.options, context.env);
    if (args.help) {
      context.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`etalase ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

const context: CommandContext = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), context).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `etalase: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);

/// <reference types="node" />
import type { OptionsConfig, ParsedArgs } from '../args.js';

/** Where a command writes; the CLI passes the process streams, tests may pass buffers. */
export interface CommandContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  /** Usage line(s) and option help shown by `etalase <name> --help`. */
  usage: string;
  /** Options beyond the common `--help`, `--json`, `--lang`. */
  options?: OptionsConfig;
  /** Runs the command; resolves to the exit code (0 ok, 1 problems found, 2 usage or unreadable input). */
  run(args: ParsedArgs, context: CommandContext): Promise<number>;
}

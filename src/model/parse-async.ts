/**
 * `parseFeedAsync`: the same result as `parseFeed`, computed in slices so a page stays responsive
 * while a large feed is validated. Records are parsed until a slice has used its time budget, then
 * the parser yields to the event loop (`scheduler.yield()` where available, else a message-channel
 * macrotask, else `setTimeout`). Never rejects, except with the `AbortSignal`'s reason when aborted.
 */
import {
  beginParse,
  checkUnknownFields,
  crashed,
  finishParseInSteps,
  parseRecord,
  RECORD_LISTS,
  type ParseOptions,
  type ParseResult,
} from './parse.js';
import { yieldToEventLoop } from './yield.js';

export interface ParseAsyncOptions extends ParseOptions {
  /** Stops the work between slices; the promise then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Time budget of one slice in milliseconds. Default 8, well under the 50 ms of a long task. */
  sliceMs?: number;
}

/** How many records to parse between two clock reads. */
const CLOCK_EVERY = 32;

/** Parses and validates a feed like `parseFeed`, without blocking the main thread for long. */
export async function parseFeedAsync(
  input: unknown,
  options: ParseAsyncOptions = {},
): Promise<ParseResult> {
  const { signal, sliceMs = 8, ...parseOptions } = options;
  signal?.throwIfAborted();
  let result: ParseResult | undefined;
  try {
    const begun = beginParse(input, parseOptions);
    if ('result' in begun) return begun.result;
    const { state } = begun;
    let sliceStart = now();
    for (const list of RECORD_LISTS) {
      const length = state.lists[list].length;
      for (let index = 0; index < length; index++) {
        parseRecord(state, list, index);
        if (index % CLOCK_EVERY === CLOCK_EVERY - 1 && now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          signal?.throwIfAborted();
          sliceStart = now();
        }
      }
    }
    await yieldToEventLoop();
    signal?.throwIfAborted();
    checkUnknownFields(state);
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = now();
    const steps = finishParseInSteps(state);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        result = step.value;
        break;
      }
      if (now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        signal?.throwIfAborted();
        sliceStart = now();
      }
    }
  } catch (error) {
    if (signal?.aborted && error === signal.reason) throw error;
    result = crashed(error);
  }
  return result;
}

const now = () => performance.now();

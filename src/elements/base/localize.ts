/**
 * Localisation for every element: a typed string table per element (Indonesian and English),
 * swappable at run time, and a controller that follows the element's or the page's `lang`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Language } from '../../model/vocabulary.js';

// Entries are plain strings or small functions for plurals and values (`(n) => \`${n} produk\``).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = string | ((...args: any[]) => string);
export type StringTable = Record<string, Entry>;

type Args<E> = E extends (...args: infer A) => string ? A : [];

/** The strings of one element, in both languages, with run-time overrides. */
export class Strings<T extends StringTable> {
  private readonly overrides: Partial<Record<Language, Partial<T>>> = {};

  constructor(
    readonly namespace: string,
    private readonly tables: Record<Language, T>,
  ) {
    registry.set(namespace, this as unknown as Strings<StringTable>);
  }

  /** The text for `key` in `lang`, with `args` for function entries. */
  get<K extends keyof T & string>(lang: Language, key: K, ...args: Args<T[K]>): string {
    const entry = (this.overrides[lang]?.[key] ?? this.tables[lang][key]) as Entry;
    return typeof entry === 'function' ? entry(...args) : entry;
  }

  /** Replaces some strings for a language (e.g. a region's own wording). */
  override(lang: Language, strings: Partial<T>): void {
    this.overrides[lang] = { ...this.overrides[lang], ...strings };
  }
}

const registry = new Map<string, Strings<StringTable>>();

/** Declares an element's strings; the English table must have the same keys as the Indonesian one. */
export function defineStrings<T extends StringTable>(
  namespace: string,
  tables: { id: T; en: { [K in keyof T]: T[K] } },
): Strings<T> {
  return new Strings(namespace, tables);
}

/**
 * Overrides UI strings at run time, e.g. `setStrings('en', 'product', { flagship: 'Top pick' })`.
 * Elements pick the change up on their next render.
 */
export function setStrings(lang: Language, namespace: string, strings: StringTable): void {
  registry.get(namespace)?.override(lang, strings);
  for (const host of hosts) host.requestUpdate();
}

/** `en`, `en-GB` → `en`; everything else (including no `lang` at all) → `id`, Indonesian first. */
export function toLanguage(value: string | null | undefined): Language {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The nearest `lang` attribute: on the element, its ancestors, or the shadow hosts around it. */
export function resolveLanguage(element: Element): Language {
  // On the server (`etalase render`) there is no tree around the element: it renders in `id` unless
  // it has its own `lang`.
  if (isServer) return 'id';
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]:not([lang=""])');
    if (found) return toLanguage(found.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'id';
}

/**
 * The language elements under one parent inherit, looked up once per task: 1,000 standalone cards
 * rendered together make one `closest('[lang]')` walk, not 1,000. A `lang` changed later in the task
 * re-renders every element (the page observer below) after this is cleared.
 */
const languagesThisTask = new Map<Node, Language>();
function inheritedLanguage(element: Element): Language {
  const parent = element.parentNode;
  if (!parent) return resolveLanguage(element);
  let lang = languagesThisTask.get(parent);
  if (lang === undefined) {
    if (languagesThisTask.size === 0) queueMicrotask(() => languagesThisTask.clear());
    languagesThisTask.set(parent, (lang = resolveLanguage(element)));
  }
  return lang;
}

const hosts = new Set<ReactiveControllerHost & HTMLElement>();
let pageObserver: MutationObserver | undefined;

/** Re-renders its host when the page's `lang` changes; `lang` is the language to render in. */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The host's own `lang` (attribute or property) first, then the nearest one around it. */
  get lang(): Language {
    return this.host.lang ? toLanguage(this.host.lang) : inheritedLanguage(this.host);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!pageObserver && typeof MutationObserver !== 'undefined') {
      // An element with its own `lang` (a grid's cards get the grid's) does not follow the page's.
      pageObserver = new MutationObserver(() =>
        hosts.forEach((host) => host.lang || host.requestUpdate()),
      );
      pageObserver.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}

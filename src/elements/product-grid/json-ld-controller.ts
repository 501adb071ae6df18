/**
 * Keeps one `<script type="application/ld+json">` in the page's `<head>` describing the products its
 * host shows, so search engines can read what the shadow DOM renders. Removed when the host leaves.
 * On a pre-rendered page its first block replaces the server's block for the same element (marked
 * `data-etalase-prerendered="<element name>"`), so the page never describes its products twice.
 * The JSON-LD builder is loaded on demand, after the first render: it is not needed to paint. It
 * runs when the page is idle, once for the last of a burst of updates, never in a visitor's click.
 *
 * Trusted Types: under `require-trusted-types-for 'script'` every way of putting text in a script
 * element is checked — even a Text node appended to a JSON-LD block is reported as a violation by
 * Chromium. So the JSON goes through a private policy named `etalase-json-ld` (pages with a
 * `trusted-types` allow-list must name it), used for nothing but our own `serializeJsonLd` output.
 * Without Trusted Types, or when the page refuses the policy, a Text node is appended.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as JsonLd from '../../format/json-ld.js';
import type { JsonLdItem } from '../../format/json-ld.js';
import type { Language } from '../../model/vocabulary.js';
import { whenIdle } from '../../model/yield.js';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
  };
};

export const JSON_LD_POLICY = 'etalase-json-ld';
const policies = new WeakMap<Window, ScriptPolicy | null>();

/** The JSON-LD policy of a window (one per realm), or `null` without Trusted Types. */
function jsonLdPolicy(win: Window | null): ScriptPolicy | null {
  if (!win) return null;
  let policy = policies.get(win);
  if (policy === undefined) {
    try {
      policy =
        (win as TrustedTypesWindow).trustedTypes?.createPolicy(JSON_LD_POLICY, {
          createScript: (input) => input,
        }) ?? null;
    } catch {
      policy = null; // the page's `trusted-types` directive does not allow our policy name
    }
    policies.set(win, policy);
  }
  return policy;
}

/** A new JSON-LD script element of `doc` holding `json` (output of `serializeJsonLd`). */
export function createJsonLdScript(doc: Document, json: string): HTMLScriptElement {
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  const policy = jsonLdPolicy(doc.defaultView);
  if (policy) script.text = policy.createScript(json) as string;
  else script.append(doc.createTextNode(json));
  return script;
}

export interface JsonLdSource<T = JsonLdItem> {
  items(): readonly T[];
  lang: Language;
  base?: string | undefined;
  enabled: boolean;
  /** Turns the items into the document; by default a product list (`productsJsonLd`). */
  build?: (builder: typeof JsonLd, items: readonly T[]) => unknown;
}

let builder: Promise<typeof JsonLd> | undefined;

/** Resolves when the page is idle (at the latest after 2 s; after a macrotask where there is no idle callback). */
const idle = () => new Promise<void>((resolve) => whenIdle(resolve, 2000));

export class JsonLdController<T = JsonLdItem> implements ReactiveController {
  private script: HTMLScriptElement | undefined;
  private written = '';
  private connected = false;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => JsonLdSource<T>,
  ) {
    host.addController(this);
  }

  /** Resolves once the script element matches the host's last update (for tests). */
  get settled(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostUpdated(): void {
    const generation = ++this.generation;
    this.pending = idle().then(async () => {
      // Skip if the host left, or if a later update already took over.
      if (!this.connected || generation !== this.generation) return;
      const { items, lang, base, enabled, build } = this.source();
      const list = enabled ? items() : [];
      if (list.length === 0) return this.remove();
      builder ??= import('../../format/json-ld.js');
      const module = await builder;
      if (!this.connected || generation !== this.generation) return;
      const data = build
        ? build(module, list)
        : module.productsJsonLd(list as readonly JsonLdItem[], {
            lang,
            ...(base ? { base } : {}),
          });
      this.write(module.serializeJsonLd(data));
    });
  }

  private write(json: string): void {
    if (json === this.written && this.script?.isConnected) return;
    const doc = this.host.ownerDocument;
    // A pre-rendered page (`etalase render`) has the server's block for this element: replace it.
    this.script ??=
      doc.querySelector<HTMLScriptElement>(
        `script[type="application/ld+json"][data-etalase-prerendered="${this.host.localName}"]`,
      ) ?? undefined;
    const next = createJsonLdScript(doc, json);
    next.dataset['etalase'] = this.host.localName;
    if (this.script?.isConnected) this.script.replaceWith(next);
    else doc.head.append(next);
    this.script = next;
    this.written = json;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.remove();
  }

  private remove(): void {
    this.generation++;
    this.script?.remove();
    this.script = undefined;
    this.written = '';
  }
}

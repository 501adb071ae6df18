import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Language } from '../../model/vocabulary.js';
import { LocalizeController } from './localize.js';
import { THEMES, type Theme } from './theme.js';

/**
 * The base of every Etalase element: language and theme handling, and a `define()` that tolerates
 * double registration (two copies of the bundle on one page must not throw).
 */
export class EtalaseElement extends LitElement {
  /** Registers the element under `name` unless something already did. */
  static define(name: string): void {
    if (!customElements.get(name)) customElements.define(name, this);
  }

  private readonly localize = new LocalizeController(this);

  /** Custom states for the shared styles: `nested` inside another element, `system-font`. */
  private readonly internals = this.attachInternals();

  /**
   * UI language: `id` (default) or `en`. When absent, the nearest `lang` of the page (across shadow
   * roots) is used.
   */
  @property() override lang = '';

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true, useDefault: true }) theme: Theme = 'light';

  /** The language the element renders in. */
  protected get language(): Language {
    return this.localize.lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    const nested = root instanceof ShadowRoot && root.host instanceof EtalaseElement;
    this.toggleState('nested', nested);
    // Only the outermost element looks at the page's font (inner ones inherit from it): the browser's
    // default serif means the page set no font, so a system font stack reads better.
    if (nested) this.toggleState('system-font', false);
    else checkPageFont(this);
  }

  /** @internal Sets the `system-font` state from the font the page gives this element. */
  applyPageFont(family: string): void {
    this.toggleState('system-font', isDefaultSerif(family));
  }

  private toggleState(name: string, on: boolean): void {
    // CustomStateSet is in every current browser; without it the element keeps the plain styles.
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !THEMES.includes(this.theme)) this.theme = 'light';
  }
}

/**
 * Elements connected in one task (a page of 24 cards, 1,000 cards on a catalogue page) read the
 * page's font together in a microtask: all reads first, then all state changes, so the browser
 * computes styles once rather than once per element.
 */
const pendingFontChecks = new Set<EtalaseElement>();
function checkPageFont(element: EtalaseElement): void {
  if (pendingFontChecks.size === 0)
    queueMicrotask(() => {
      const elements = [...pendingFontChecks].filter((el) => el.isConnected);
      pendingFontChecks.clear();
      const families = elements.map((el) => getComputedStyle(el).fontFamily);
      elements.forEach((el, i) => el.applyPageFont(families[i]!));
    });
  pendingFontChecks.add(element);
}

/** The family a browser uses when no style sets one (Chromium, Safari, Firefox). */
function isDefaultSerif(family: string): boolean {
  return /^(?:"?Times New Roman"?|Times|serif)$/i.test(family.trim());
}

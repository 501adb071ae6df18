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

  /**
   * Custom states for the shared styles: `nested` inside another element, `system-font`. Attached
   * when a state is first set: an element used alone on a page with its own font needs none (1,000
   * standalone cards would make 1,000 `ElementInternals`).
   */
  private internals?: ElementInternals;

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
    const root = this.getRootNode();
    const nested = root instanceof ShadowRoot && root.host instanceof EtalaseElement;
    this.toggleState('nested', nested);
    // Only the outermost element looks at the page's font (inner ones inherit from it): the browser's
    // default serif means the page set no font, so a system font stack reads better.
    if (nested) this.toggleState('system-font', false);
    else checkPageFont(this);
    super.connectedCallback();
  }

  /** @internal Sets the `system-font` state from the font the page gives this element. */
  applyPageFont(family: string): void {
    this.toggleState('system-font', isDefaultSerif(family));
  }

  private toggleState(name: string, on: boolean): void {
    // CustomStateSet is in every current browser; without it the element keeps the plain styles.
    if (!this.internals) {
      if (!on) return;
      this.internals = this.attachInternals();
    }
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states || states.has(name) === on) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /**
   * Work the element finishes after an update, in later tasks or frames (cards built in batches,
   * counts after the products' paint): `updateComplete` resolves once none is left.
   */
  protected laterWork(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.laterWork(); work; work = this.laterWork()) {
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !THEMES.includes(this.theme)) this.theme = 'light';
  }
}

/**
 * The page's font, read at the start of the next frame, after the elements connected together have
 * rendered. It reads the family each one inherits, from its parent in the flat tree (the slot it is
 * assigned to, its parent element, or the host of the shadow root it is in); its own family is always
 * that one (`:host` sets `font-family: inherit !important`). Read when the first element connects,
 * the browser would style every element inserted with it once for the reading and again once their
 * shadow roots exist (≈ 4 ms for 1,000 cards); read in a script task after their first render, the
 * reading forces the page's first style and layout into that task (≈ 40 ms of a showcase's first
 * task at 4× CPU). Read in the frame, its style pass and layout are the ones the frame does anyway. Only a page that sets no font pays a second pass, for the switch
 * to the system font. Elements under the same parent inherit the same font: the first one's reading
 * serves them all (a page of 24 cards, 1,000 cards on a catalogue page).
 */
const pendingFontChecks: EtalaseElement[] = [];
function checkPageFont(element: EtalaseElement): void {
  if (pendingFontChecks.push(element) === 1) requestAnimationFrame(readPageFonts);
}
function readPageFonts(): void {
  const families = new Map<Element, string>();
  for (const element of pendingFontChecks.splice(0)) {
    const node = element.parentNode;
    const parent =
      element.assignedSlot ?? (node instanceof ShadowRoot ? node.host : element.parentElement);
    if (!parent || !element.isConnected) continue;
    let family = families.get(parent);
    if (family === undefined) families.set(parent, (family = getComputedStyle(parent).fontFamily));
    element.applyPageFont(family);
  }
}

/** The family a browser uses when no style sets one (Chromium, Safari, Firefox). */
function isDefaultSerif(family: string): boolean {
  return /^(?:"?Times New Roman"?|Times|serif)$/i.test(family.trim());
}

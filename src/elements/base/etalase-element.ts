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
    else if ((this.constructor as typeof EtalaseElement).pageFontInFrame) checkPageFont(this);
    else {
      const parent = fontParent(this);
      if (parent) this.applyPageFont(getComputedStyle(parent).fontFamily);
    }
    super.connectedCallback();
  }

  /**
   * @internal Elements a page shows many of together (cards) read the page's font in the next frame,
   * all of them at once; others read it when they connect (see `checkPageFont`).
   */
  protected static pageFontInFrame = false;

  /** @internal Sets the `system-font` state from the font the page gives this element. */
  applyPageFont(family: string): void {
    this.toggleState('system-font', isDefaultSerif(family));
  }

  /** Sets or clears a custom state of the element (`:host(:state(name))` in its styles). */
  protected toggleState(name: string, on: boolean): void {
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

  /**
   * What the element renders only in some states (a chip once something is chosen, suggestions once
   * something is typed), made by its own render helpers with a sample state: `warmRehearsals` prepares
   * these templates while the page is idle, so the visitor's first change renders prepared ones only.
   * Never rendered as it is: its values are left out.
   */
  protected rehearsal(): unknown {
    return undefined;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Lit's own promise for the many elements that never have later work (a page awaits 1,000 cards).
    if (this.laterWork === EtalaseElement.prototype.laterWork) return super.getUpdateComplete();
    return this.completeWithLaterWork();
  }

  private async completeWithLaterWork(): Promise<boolean> {
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

/** Where `element` inherits its font from: its parent in the flat tree. */
function fontParent(element: EtalaseElement): Element | null {
  const node = element.parentNode;
  return element.assignedSlot ?? (node instanceof ShadowRoot ? node.host : element.parentElement);
}
const pendingFontChecks: EtalaseElement[] = [];
/**
 * The page's font. An element reads the family it inherits from its parent in the flat tree (the
 * slot it is assigned to, its parent element, or the host of the shadow root it is in); its own family
 * is always that one (`:host` sets `font-family: inherit !important`).
 *
 * Most elements read it when they connect, while their shadow root is still empty: the reading styles
 * the page as it is (already styled, or about to be anyway), and the `system-font` state is set before
 * the first render, so the first frame lays the element out once, in its final font. Read in a frame
 * after the first render instead, a showcase on a page that sets no font paid a style and layout pass
 * of its whole shell for the reading and a second one for the switch to the system font (48–65 ms at
 * 1× CPU).
 *
 * Cards (`pageFontInFrame`) read it at the start of the next frame, after the cards connected together
 * have rendered: read when the first of 1,000 standalone cards connects, the browser would style every
 * card inserted with it once for the reading and again once their shadow roots exist (≈ 4 ms). In the
 * frame, the reading's style pass is the one the frame does anyway; cards under the same parent
 * inherit the same font, and the first one's reading serves them all.
 */
function checkPageFont(element: EtalaseElement): void {
  if (pendingFontChecks.push(element) === 1) requestAnimationFrame(readPageFonts);
}
function readPageFonts(): void {
  const families = new Map<Element, string>();
  for (const element of pendingFontChecks.splice(0)) {
    const parent = fontParent(element);
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

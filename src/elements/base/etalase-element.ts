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
   * UI language: `id` (default) or `en`. When absent, the nearest `lang` of the page (across shadow
   * roots) is used.
   */
  @property() override lang = '';

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** The language the element renders in. */
  protected get language(): Language {
    return this.localize.lang;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !THEMES.includes(this.theme)) this.theme = 'light';
  }
}

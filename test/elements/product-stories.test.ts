/**
 * Every story of the product card, grid and detail is a state; each must render and pass axe
 * (light and dark, Indonesian and English, narrow, loading, empty, hostile feed …).
 */
import { expect } from '@open-wc/testing';
import { mount } from './product-helpers.js';
import type { TemplateResult } from 'lit';
import * as cardStories from '../../stories/product-card.stories.js';
import * as gridStories from '../../stories/product-grid.stories.js';
import * as detailStories from '../../stories/product-detail.stories.js';

interface StoryModule {
  default: { args?: object; render?: (args: never, context: never) => unknown };
  [name: string]: unknown;
}

const settle = async (root: Element) => {
  const pending = [...root.querySelectorAll('*')].map(
    (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
  );
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r));
};

function storiesOf(module: StoryModule) {
  return Object.entries(module).filter(([name]) => name !== 'default') as [
    string,
    { args?: object },
  ][];
}

for (const [title, module] of [
  ['card', cardStories],
  ['grid', gridStories],
  ['detail', detailStories],
] as const) {
  describe(`product ${title} stories`, () => {
    for (const [name, story] of storiesOf(module as unknown as StoryModule)) {
      it(`${name} renders and is accessible`, async () => {
        const meta = (module as unknown as StoryModule).default;
        const args = { ...meta.args, ...story.args } as never;
        const template = meta.render!(args, {} as never) as TemplateResult;
        const host = mount(template);
        await settle(host);
        const tag = `etalase-product-${title}`;
        const element = host.querySelector(tag)!;
        expect(element.shadowRoot!.childElementCount).to.be.greaterThan(0);
        await expect(host).to.be.accessible();
        (element as Partial<{ close(): void }>).close?.();
      });
    }
  });
}

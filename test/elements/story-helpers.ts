import { expect, fixtureSync, html } from '@open-wc/testing';
import { render as litRender } from 'lit';

/** The parts of a CSF story (or its meta) that rendering needs. */
export type AnyStory = {
  args?: object;
  loaders?: (() => unknown)[];
  decorators?: ((s: () => unknown) => unknown)[];
  render?: (args: object, context: { loaded: object }) => unknown;
};

/** Renders a CSF story the way Storybook does (args, loaders, decorators), without Storybook. */
export async function renderStory(meta: AnyStory, story: AnyStory): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const loaders = story.loaders ?? meta.loaders ?? [];
  const loaded = Object.assign({}, ...(await Promise.all(loaders.map((load) => load()))));
  const render = story.render ?? meta.render!;
  const template = (story.decorators ?? []).reduce<() => unknown>(
    (inner, decorate) => () => decorate(inner),
    () => render(args, { loaded }),
  )();
  // fixtureSync + render: `fixture` would wait for an animation frame, which a background tab never gets.
  const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
  litRender(template, wrapper);
  return wrapper;
}

/**
 * One test per story of a stories module: it renders (loaders and decorators included) and the
 * element `tag` in it is accessible.
 */
export function itRendersEveryStoryAccessibly(stories: Record<string, unknown>, tag: string): void {
  const meta = stories['default'] as AnyStory;
  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default') continue;
    it(`${name} renders accessibly`, async () => {
      const wrapper = await renderStory(meta, story as AnyStory);
      const element = wrapper.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
        tag,
      )!;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
}

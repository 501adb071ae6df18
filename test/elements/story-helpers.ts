import { fixtureSync, html } from '@open-wc/testing';
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

import { expect } from '@open-wc/testing';
import { showcaseWithResults, templatesOfFirstSteps, watchTemplates } from './rehearsal-helpers.js';

// The counterpart of rehearsal.test.ts, in a page of its own (Lit prepares a template once per page):
// a page that is never idle, so the showcase never prepares its rehearsal templates.

describe('etalase-showcase without templates prepared ahead', () => {
  it('makes templates in the visitor’s first region click, first search, first place offered and first search without results', async () => {
    const requestIdleCallback = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    try {
      const showcase = await showcaseWithResults();
      await new Promise((resolve) => setTimeout(resolve, 500));

      const watch = watchTemplates();
      try {
        const { click, search, place, noMatch } = await templatesOfFirstSteps(showcase, watch);
        expect(click.some((markup) => markup.includes('class="toggle-count"'))).to.be.true;
        expect(click.some((markup) => markup.includes('class="clear-all"'))).to.be.true;
        expect(click.filter((markup) => markup.includes('class="chip"'))).to.have.length(2);
        expect(search.some((markup) => markup.includes('class="clear"'))).to.be.true;
        expect(search.some((markup) => markup.includes('role="option"'))).to.be.true;
        expect(search.some((markup) => markup.includes('<mark part="mark">'))).to.be.true;
        expect(place.some((markup) => markup.includes('<p class="hints">'))).to.be.true;
        expect(noMatch.some((markup) => markup.includes('class="empty"'))).to.be.true;
      } finally {
        watch.stop();
      }
    } finally {
      window.requestIdleCallback = requestIdleCallback;
    }
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { EtalaseElement } from '../../src/elements/base/etalase-element.js';
import { warmRehearsals } from '../../src/elements/showcase/warm-templates.js';
import { showcaseWithResults, templatesOfFirstSteps, watchTemplates } from './rehearsal-helpers.js';

// What an element renders only in some states (a chip, suggestions) is prepared ahead from its
// `rehearsal()` (see warm-templates.ts). The same first click and search without it:
// rehearsal-unprepared.test.ts.

/** A picture no one may load: the test server answers nothing for it. */
const PICTURE = '/rehearsal/never-loaded.png';

class RehearsalChild extends EtalaseElement {
  protected override rehearsal(): unknown {
    return litHtml`<p class="child-only">${'anak'}</p>`;
  }

  override render() {
    return litHtml`<span>anak</span>`;
  }
}
RehearsalChild.define('etalase-rehearsal-child');

class RehearsalHost extends EtalaseElement {
  protected override rehearsal(): unknown {
    return litHtml`<figure class="host-only">
      <img src=${PICTURE} alt="" />${litHtml`<figcaption>${'contoh'}</figcaption>`}
      <etalase-rehearsal-child></etalase-rehearsal-child>
    </figure>`;
  }

  override render() {
    return litHtml`<p>induk</p>
      <etalase-rehearsal-child></etalase-rehearsal-child>`;
  }
}
RehearsalHost.define('etalase-rehearsal-host');

/** Every element of the page, shadow trees included. */
function allElements(root: Document | ShadowRoot = document): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el, ...allElements(el.shadowRoot)] : [el],
  );
}

describe('templates prepared for a visitor’s first change (rehearsal)', () => {
  it('prepares the rehearsal of an element and of the elements it shows, adding no node and loading no picture', async () => {
    const host = await fixture<RehearsalHost>(
      html`<etalase-rehearsal-host></etalase-rehearsal-host>`,
    );
    const child = host.shadowRoot!.querySelector<RehearsalChild>('etalase-rehearsal-child')!;
    await child.updateComplete;
    const shown = [host, child].map((el) => el.shadowRoot!.innerHTML);
    const before = allElements();

    const watch = watchTemplates();
    try {
      await warmRehearsals(host);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      watch.stop();
    }
    // Each template once: the host's (its nested caption's too) and the one of the child it shows.
    expect(watch.made.map((markup) => markup.split(/[ >]/)[0])).to.deep.equal([
      '<figure',
      '<figcaption',
      '<p',
    ]);
    expect(allElements()).to.deep.equal(before);
    expect(performance.getEntriesByName(new URL(PICTURE, location.href).href)).to.deep.equal([]);
    expect([host, child].map((el) => el.shadowRoot!.innerHTML)).to.deep.equal(shown);

    // A second time, nothing: each template is prepared once per page.
    const again = watchTemplates();
    await warmRehearsals(host);
    again.stop();
    expect(again.made).to.deep.equal([]);
  });

  it('makes no template in the visitor’s first region click, first search, first place offered and first search without results once the page was idle', async () => {
    const showcase = await showcaseWithResults();
    const watch = watchTemplates();
    try {
      // The showcase prepares them once idle: the region's chip among them.
      await waitUntil(
        () => watch.made.some((markup) => markup.includes('class="toggle-count"')),
        'templates prepared when idle',
        { timeout: 8000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(watch.made.splice(0)).to.not.deep.equal([]);

      const made = await templatesOfFirstSteps(showcase, watch);
      expect(made.click, 'made by the first region click').to.deep.equal([]);
      expect(made.search, 'made by the first search').to.deep.equal([]);
      expect(made.place, 'made by the first place offered').to.deep.equal([]);
      expect(made.noMatch, 'made by the first search without results').to.deep.equal([]);
    } finally {
      watch.stop();
    }
    await expect(showcase).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { EtalaseElement } from '../../src/elements/base/etalase-element.js';
import { defineStrings, setStrings } from '../../src/elements/base/localize.js';

const strings = defineStrings('test-greeting', {
  id: { hello: 'Halo', count: (n: number) => `${n} produk` },
  en: { hello: 'Hello', count: (n: number) => `${n} products` },
});

class TestGreeting extends EtalaseElement {
  override render() {
    return litHtml`<p>${strings.get(this.language, 'hello')}, ${strings.get(this.language, 'count', 3)}</p>`;
  }
}
TestGreeting.define('test-greeting');

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('EtalaseElement', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('renders Indonesian when no lang is set anywhere', async () => {
    const el = await fixture(html`<test-greeting></test-greeting>`);
    expect(text(el)).to.equal('Halo, 3 produk');
  });

  it('follows its own lang attribute', async () => {
    const el = await fixture(html`<test-greeting lang="en-GB"></test-greeting>`);
    expect(text(el)).to.equal('Hello, 3 products');
  });

  it('follows an ancestor lang across a shadow root and re-renders when the page lang changes', async () => {
    // A plain <div> fixture would wait for an animation frame, which a background test page never gets.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = '<div id="host"></div>';
    document.body.append(wrapper);
    after(() => wrapper.remove());
    const root = wrapper.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<test-greeting></test-greeting>';
    const el = root.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hello, 3 products');

    const plain = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    document.documentElement.lang = 'en';
    after(() => document.documentElement.removeAttribute('lang'));
    await new Promise((r) => setTimeout(r));
    await plain.updateComplete;
    expect(text(plain)).to.equal('Hello, 3 products');
  });

  it('lets the host page override strings at run time', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="id"></test-greeting>`);
    setStrings('id', 'test-greeting', { hello: 'Selamat datang' });
    await el.updateComplete;
    expect(text(el)).to.equal('Selamat datang, 3 produk');
    setStrings('id', 'test-greeting', { hello: 'Halo' });
  });

  it('tolerates a second registration of the same name', () => {
    expect(() => TestGreeting.define('test-greeting')).not.to.throw();
    expect(customElements.get('test-greeting')).to.equal(TestGreeting);
  });

  it('falls back to the light theme for an unknown theme value', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting theme="neon"></test-greeting>`);
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
  });

  it('does not render again for a page lang change when it has its own lang', async () => {
    const own = await fixture<TestGreeting>(html`<test-greeting lang="id"></test-greeting>`);
    const plain = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    const renders = (el: TestGreeting) => {
      let count = 0;
      const render = el.render.bind(el);
      el.render = () => (count++, render());
      return () => count;
    };
    const ownRenders = renders(own);
    const plainRenders = renders(plain);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await Promise.all([own.updateComplete, plain.updateComplete]);
    expect(text(plain)).to.equal('Hello, 3 products');
    expect(plainRenders()).to.equal(1);
    expect(text(own)).to.equal('Halo, 3 produk');
    expect(ownRenders(), 'no render for nothing').to.equal(0);
  });

  it('uses a lang set as a property', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting .lang=${'en'}></test-greeting>`);
    expect(text(el)).to.equal('Hello, 3 products');
  });
});

import { expect } from '@open-wc/testing';
import { mailtoUrl, telUrl, whatsappMessage, whatsappUrl } from '../../src/format/whatsapp.js';
import { productJsonLd, productsJsonLd, serializeJsonLd } from '../../src/format/json-ld.js';
import {
  everyCertificationProduct,
  foodProducer,
  priceRangeProduct,
  producer,
  product,
} from '../../stories/product-fixtures.js';

describe('whatsapp and JSON-LD helpers', () => {
  it('builds a wa.me link with a prefilled message naming the product, in both languages', () => {
    const id = whatsappUrl('6281234567890', whatsappMessage('Tas rotan', 'id', 'Rotan Katingan'));
    expect(id).to.match(/^https:\/\/wa\.me\/6281234567890\?text=/);
    const text = new URL(id!).searchParams.get('text');
    expect(text).to.equal(
      'Halo, saya tertarik dengan produk "Tas rotan" dari Rotan Katingan. Apakah masih tersedia?',
    );
    const en = new URL(whatsappUrl('6281234567890', whatsappMessage('Rattan bag', 'en'))!);
    expect(en.searchParams.get('text'))
      .to.contain('"Rattan bag"')
      .and.to.match(/^Hello/);
  });

  it('encodes everything after the number and refuses implausible numbers', () => {
    const url = whatsappUrl('6281234567890', 'a&b=c #d')!;
    expect(new URL(url).searchParams.get('text')).to.equal('a&b=c #d');
    expect(whatsappUrl('')).to.equal(undefined);
    expect(whatsappUrl('0812')).to.equal(undefined);
    expect(whatsappUrl(undefined)).to.equal(undefined);
  });

  it('builds tel: and mailto: links only from plausible values', () => {
    expect(telUrl('+62 536 322-1234')).to.equal('tel:+625363221234');
    expect(telUrl('abc')).to.equal(undefined);
    expect(mailtoUrl('rotan@example.id', 'Tas rotan')).to.equal(
      'mailto:rotan@example.id?subject=Tas%20rotan',
    );
    expect(mailtoUrl('x@y.z?body=hi')).to.equal(undefined);
    expect(mailtoUrl('javascript:alert(1)//@x.y')).to.equal(undefined);
  });

  it('describes a product as schema.org Product with an IDR offer, its producer and certificates', () => {
    const data = productJsonLd(
      { product, producer, regionName: 'Kabupaten Katingan', url: 'https://x.id/?produk=a' },
      { lang: 'id', base: 'https://data.example.id/feed.json' },
    );
    expect(data['@type']).to.equal('Product');
    expect(data['name']).to.equal('Tas rotan anyam');
    expect(data['image']).to.deep.equal([
      'https://data.example.id/data/img/rattan-bag.svg',
      'https://data.example.id/data/img/weaving.svg',
    ]);
    expect(data['offers']).to.include({
      '@type': 'Offer',
      price: 350000,
      priceCurrency: 'IDR',
      availability: 'https://schema.org/InStock',
    });
    const seller = data['manufacturer'] as Record<string, unknown>;
    expect(seller['@type']).to.equal('LocalBusiness');
    expect(seller['name']).to.equal('Kerajinan Rotan Katingan');
    const certs = data['hasCertification'] as Record<string, unknown>[];
    expect(certs[0]).to.include({
      '@type': 'Certification',
      certificationIdentification: 'IDM000123456',
    });
  });

  it('uses an AggregateOffer for a price range and lists every certification', () => {
    const range = productJsonLd(
      { product: priceRangeProduct, producer: foodProducer },
      { lang: 'en' },
    );
    expect(range['offers']).to.include({
      '@type': 'AggregateOffer',
      lowPrice: 50000,
      highPrice: 75000,
    });
    const all = productJsonLd(
      { product: everyCertificationProduct, producer: foodProducer },
      { lang: 'en' },
    );
    expect((all['hasCertification'] as unknown[]).length).to.equal(6);
  });

  it('wraps several products in an ItemList', () => {
    const list = productsJsonLd(
      [
        { product, producer },
        { product: priceRangeProduct, producer: foodProducer },
      ],
      { lang: 'id' },
    );
    expect(list['@type']).to.equal('ItemList');
    expect(list['numberOfItems']).to.equal(2);
  });

  it('serialises so that no text can close or comment the script element, and reads back equal', () => {
    const data = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('>');
    expect(JSON.parse(text)).to.deep.equal(data);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filterStateToSearchParams, searchParamsToFilterState } from '../../src/feed/url-state.js';

describe('filter state ⇄ URL', () => {
  it('writes Indonesian parameter names in a fixed order', () => {
    const params = filterStateToSearchParams({
      page: 2,
      q: 'amplang',
      category: ['kuliner'],
      region: ['62.71'],
      sort: 'price-asc',
      flagship: true,
      priceMax: 50000,
      tags: ['oleh-oleh'],
      maxLeadTimeDays: 7,
    });
    assert.equal(
      params.toString(),
      'q=amplang&wilayah=62.71&kategori=kuliner&label=oleh-oleh&harga_max=50000&unggulan=1&waktu_proses=7&urut=termurah&hal=2',
    );
  });

  it('gives the same URL whatever order values were chosen in', () => {
    const a = filterStateToSearchParams({
      category: ['kriya', 'kuliner'],
      region: ['63', '62'],
    }).toString();
    const b = filterStateToSearchParams({
      region: ['62', '63', '62'],
      category: ['kuliner', 'kriya'],
    }).toString();
    assert.equal(a, b);
    assert.equal(a, 'wilayah=62&wilayah=63&kategori=kriya&kategori=kuliner');
  });

  it('leaves out defaults and empty values', () => {
    assert.equal(
      filterStateToSearchParams({
        page: 1,
        sort: 'relevance',
        q: '  ',
        region: [],
        flagship: false,
      }).toString(),
      '',
    );
  });

  it('reads every parameter back', () => {
    const state = searchParamsToFilterState(
      '?wilayah=6271&kategori=kuliner,kriya&q=kue+kering&hal=3&sertifikat=halal&ketersediaan=in_stock' +
        '&harga_min=1000&harga_max=90000&unggulan=1&grosir=ya&pesanan_khusus=true&waktu_proses=14' +
        '&outlet=galeri-1&produsen=rotan-jaya&urut=terbaru&label=Oleh-oleh&bahan=rotan',
    );
    assert.deepEqual(state, {
      q: 'kue kering',
      region: ['62.71'],
      category: ['kriya', 'kuliner'],
      tags: ['Oleh-oleh'],
      materials: ['rotan'],
      certification: ['halal'],
      availability: ['in_stock'],
      priceMin: 1000,
      priceMax: 90000,
      flagship: true,
      bulk: true,
      custom: true,
      maxLeadTimeDays: 14,
      outlet: 'galeri-1',
      producer: 'rotan-jaya',
      sort: 'newest',
      page: 3,
    });
  });

  it('ignores unknown parameters and bad values', () => {
    const state = searchParamsToFilterState(
      'wilayah=abc&wilayah=62.7&kategori=<script>&hal=-2&hal=x&harga_min=1e9&sertifikat=gold&ketersediaan=soon' +
        '&unggulan=0&urut=random&outlet=../../etc&utm_source=x&waktu_proses=9999',
    );
    assert.deepEqual(state, {});
  });

  it('caps the number of values', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 500; i++) params.append('label', `tag-${i}`);
    assert.equal(searchParamsToFilterState(params).tags?.length, 50);
  });
});

describe('product page in the static catalogue (publisher.siteUrl)', () => {
  it('is produk/<id>/ under the site, whatever the site URL ends with', async () => {
    const { productPageUrl } = await import('../../src/elements/showcase/url-state.js');
    const page = 'https://umkm.example.go.id/katalog/produk/abon-ikan-haruan/';
    assert.equal(productPageUrl('https://umkm.example.go.id/katalog/', 'abon-ikan-haruan'), page);
    assert.equal(productPageUrl('https://umkm.example.go.id/katalog', 'abon-ikan-haruan'), page);
    assert.equal(
      productPageUrl('https://umkm.example.go.id/katalog?x=1#top', 'abon-ikan-haruan'),
      page,
    );
  });

  it('has no address for ids the site names by a hash, nor for a broken site URL', async () => {
    const { productPageUrl } = await import('../../src/elements/showcase/url-state.js');
    const { slugFor } = await import('../../src/ssr/site.js');
    assert.equal(productPageUrl('https://umkm.example.go.id/', 'a..b'), undefined);
    assert.match(slugFor('a..b'), /^h-[0-9a-f]{16}$/);
    assert.equal(productPageUrl('not a url', 'abon'), undefined);
  });
});

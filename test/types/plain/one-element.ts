// Plain TypeScript importing single elements (not `etalase`): their tags and the events they fire
// are typed by the element modules themselves.
import 'etalase/elements/product-detail';
import 'etalase/elements/product-card';
import type { Product } from 'etalase/model';

const detail = document.querySelector('etalase-product-detail');
if (detail) {
  detail.shareUrl = 'https://example.go.id/produk/tas-rotan';
  detail.addEventListener('etalase-contact', (event) => {
    const channel: 'whatsapp' | 'phone' | 'email' | 'website' | 'marketplace' | 'social' | 'share' =
      event.channel;
    const producer: string = event.producerId;
    console.log(channel, producer, event.platform ?? '');
  });
  // @ts-expect-error `open` is a boolean
  detail.open = 'yes';
}

const card = document.createElement('etalase-product-card');
card.layout = 'horizontal';
// @ts-expect-error not a card layout
card.layout = 'diagonal';
card.addEventListener('etalase-product-select', (event) => {
  const id: string = event.productId;
  const product: Product | undefined = event.product;
  console.log(id, product?.name);
});

// A product built by hand: `price.currency` may be left out (it means IDR), as the docs say.
const handMade: Product = {
  id: 'tas-rotan',
  producerId: 'rotan-katingan',
  name: { id: 'Tas rotan', en: 'Rattan bag' },
  category: 'kriya',
  images: [{ src: '/img/tas.jpg', alt: 'Tas rotan anyaman' }],
  price: { min: 350000 },
};
card.product = handMade;

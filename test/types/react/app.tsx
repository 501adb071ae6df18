// React 19 TSX with the generated `etalase/react` typings: props are the elements' properties,
// events are `on<event-name>` props with their event classes.
import type {} from 'etalase/react';
import type { EtalaseShowcase, Product } from 'etalase';
import { useRef } from 'react';

export function Catalogue({ product }: { product: Product }) {
  const ref = useRef<EtalaseShowcase>(null);
  return (
    <>
      <etalase-showcase
        ref={ref}
        src="/data/produk-unggulan.json"
        lang="en"
        theme="dark"
        view="split"
        syncUrl
        className="catalogue"
        onetalase-contact={(event) => console.log(event.channel, event.productId)}
        onetalase-feed-load={(event) => console.log(event.feed.products.length)}
      />
      <etalase-product-card
        product={product}
        layout="horizontal"
        headingLevel={2}
        onetalase-product-select={(event) => console.log(event.productId)}
      />
      {/* @ts-expect-error not a view */}
      <etalase-showcase view="list" />
      {/* @ts-expect-error not a property of the card */}
      <etalase-product-card colour="red" />
      {/* @ts-expect-error the handler gets the contact event, which has no `feed` */}
      <etalase-product-detail onetalase-contact={(event) => event.feed} />
    </>
  );
}

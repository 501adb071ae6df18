/**
 * When a `loading="lazy"` showcase counts as scrolled to (see the showcase's `loading`): its top is in
 * the upper 85 % of the viewport, or it shows at all and the visitor scrolls. A sliver at the bottom
 * edge of the screen when the page opens shows no product yet: that alone does not count. Used by the
 * showcase (its feed waits) and by the drop-in's core file (the showcase's code waits).
 */
const UPPER = 0.85;

/** Calls `then` once, when the first of `elements` is scrolled to. */
export function onceInView(elements: Iterable<Element>, then: () => void): void {
  const showing = new Set<Element>();
  const done = () => {
    observer.disconnect();
    removeEventListener('scroll', scrolled);
    then();
  };
  const scrolled = () => {
    if (showing.size) done();
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) {
        showing.delete(entry.target);
        continue;
      }
      showing.add(entry.target);
      const height = entry.rootBounds?.height ?? innerHeight;
      if (entry.boundingClientRect.top < height * UPPER) return done();
    }
  });
  for (const element of elements) observer.observe(element);
  addEventListener('scroll', scrolled, { passive: true });
}

/**
 * Edit distance for typo tolerance: insertions, deletions, substitutions and swaps of two neighbouring
 * letters (`ampalng` → `amplang` is one edit), stopped as soon as it must exceed `max`. The search
 * calls it for thousands of words per keystroke, so its three table rows are reused, never allocated.
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (width > rows[0]!.length) rows = rows.map(() => new Int32Array(width * 2));
  // Two rows back (for swaps), the previous row and the current one.
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let cost = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        cost = Math.min(cost, before[j - 2]! + 1);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

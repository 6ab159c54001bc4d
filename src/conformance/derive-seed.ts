/** Mixes a seed with a label (a check id, a run index) into a new 32-bit seed. */
export function deriveSeed(seed: number, label: string | number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const char of String(label)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** Small statistics over arrays of numbers, as the benchmarks report them. */

/** The value below which the given share (0..1) of the sorted samples fall, by nearest rank. */
export function percentile(samples, share) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank];
}

/** The median of the samples. */
export function median(samples) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The geometric mean of positive samples (the fair average of ratios). */
export function geometricMean(samples) {
  const positive = samples.filter((s) => s > 0 && Number.isFinite(s));
  if (positive.length === 0) return Number.NaN;
  return Math.exp(positive.reduce((sum, s) => sum + Math.log(s), 0) / positive.length);
}

/** Rounds to a number of significant digits, so results files do not carry timer noise. */
export function round(value, digits = 4) {
  if (value === null || value === undefined || !Number.isFinite(value) || value === 0) return value ?? null;
  const scale = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}

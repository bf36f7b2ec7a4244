// Plain descriptive statistics for the balance lab and the bench: no dependency, no rounding surprises.

export interface Summary {
  n: number;
  mean: number;
  sd: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n - 1); 0 for a single value, NaN for none. */
export function sd(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return 0;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (n - 1));
}

/**
 * The q-quantile (0..1) of values sorted ascending, interpolating between neighbours (the usual
 * "type 7" definition, as in spreadsheets and numpy), so p50 of [1, 2, 3, 4] is 2.5.
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (q <= 0) return sorted[0]!;
  if (q >= 1) return sorted[sorted.length - 1]!;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(sortedCopy(values), q);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

// A typed array sorts numerically (a plain array would sort as text).
function sortedCopy(values: readonly number[]): number[] {
  return Array.from(Float64Array.from(values).sort());
}

/** Mean, sd, min, p10, median, p90 and max in one pass over a sorted copy. */
export function summarize(values: readonly number[]): Summary {
  const sorted = sortedCopy(values);
  return {
    n: values.length,
    mean: mean(values),
    sd: sd(values),
    min: quantileSorted(sorted, 0),
    p10: quantileSorted(sorted, 0.1),
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    max: quantileSorted(sorted, 1),
  };
}

/** How often each key occurs, with every key of `keys` present (0 when absent), in that order. */
export function countBy(values: readonly string[], keys: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = 0;
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Counts turned into shares of the total (0 for every key when the total is 0). */
export function shares(counts: Record<string, number>): Record<string, number> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  for (const [k, c] of Object.entries(counts)) out[k] = total === 0 ? 0 : c / total;
  return out;
}

/** Rounds to a number of decimals for reports (2 by default); NaN stays NaN. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A summary with every figure rounded for a report. */
export function roundSummary(s: Summary, decimals = 2): Summary {
  const out = { ...s };
  for (const k of Object.keys(out) as (keyof Summary)[]) if (k !== 'n') out[k] = round(out[k], decimals);
  return out;
}

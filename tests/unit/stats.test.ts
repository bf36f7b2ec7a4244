import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBy,
  mean,
  median,
  quantile,
  round,
  roundSummary,
  sd,
  shares,
  summarize,
} from '../../tools/stats';

describe('stats helpers', () => {
  it('computes mean and sample standard deviation', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    // Sample sd (n - 1) of this classic set: sqrt(32 / 7).
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sd([3])).toBe(0);
    expect(mean([])).toBeNaN();
    expect(sd([])).toBeNaN();
  });

  it('interpolates quantiles between neighbours and sorts numerically', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 9, 100, 1], 0)).toBe(1);
    expect(quantile([10, 9, 100, 1], 1)).toBe(100);
    // Sorted: 1 9 10 100; position 0.1 x 3 = 0.3 -> 1 + 0.3 x 8.
    expect(quantile([10, 9, 100, 1], 0.1)).toBeCloseTo(3.4, 12);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarizes without changing the input', () => {
    const values = [5, 1, 4, 2, 3];
    const s = summarize(values);
    expect(values).toEqual([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ n: 5, mean: 3, min: 1, median: 3, max: 5 });
    expect(s.p10).toBeCloseTo(1.4, 12);
    expect(s.p90).toBeCloseTo(4.6, 12);
  });

  it('keeps the order p10 <= median <= p90 within min and max, for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const s = summarize(values);
        expect(s.min).toBeLessThanOrEqual(s.p10);
        expect(s.p10).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p90);
        expect(s.p90).toBeLessThanOrEqual(s.max);
        expect(s.sd).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts with every expected key present, and turns counts into shares', () => {
    const counts = countBy(['a', 'b', 'a', 'c'], ['a', 'b', 'z']);
    expect(counts).toEqual({ a: 2, b: 1, z: 0, c: 1 });
    expect(Object.keys(counts)).toEqual(['a', 'b', 'z', 'c']);
    expect(shares(counts)).toEqual({ a: 0.5, b: 0.25, z: 0, c: 0.25 });
    expect(shares({ a: 0 })).toEqual({ a: 0 });
  });

  it('rounds figures for reports', () => {
    expect(round(1.005 * 1000, 0)).toBe(1005);
    expect(round(2.345678)).toBe(2.35);
    expect(round(2.345678, 3)).toBe(2.346);
    const r = roundSummary(summarize([1, 2, 2]));
    expect(r.n).toBe(3);
    expect(r.mean).toBe(1.67);
    expect(r.sd).toBe(0.58);
  });
});

import { describe, expect, it } from 'vitest';
import { type FitInput, fitChart } from '../../src/ui/debrief/chart-fit';

// Labels as wide as "Start", "Q1" ... "Q{n}" at 11 px.
const quarters = (n: number) => [28, ...Array.from({ length: n }, (_, i) => (i < 9 ? 15 : 22))];
const base = { lineHeight: 13, baseWidth: 640, baseHeight: 280, left: 32, right: 16 };
const input = (n: number, available: number | null): FitInput => ({
  ...base,
  labelWidths: quarters(n),
  available,
});

/** The space between two neighbouring quarters once drawn, in user units. */
const step = (f: ReturnType<typeof fitChart>, n: number) => (f.width - f.left - f.right) / n;

describe('fitting a chart to its box', () => {
  it('keeps the full drawing, scaled up, in a box wider than it', () => {
    const f = fitChart(input(12, 1100));
    expect(f).toMatchObject({ width: 640, height: 280, turned: false });
  });

  it('draws at the box width below it, so the labels keep their size, side by side while they fit', () => {
    const f = fitChart(input(12, 380));
    expect(f.width).toBe(380);
    expect(f.turned).toBe(false);
    expect(step(f, 12)).toBeGreaterThanOrEqual(22 + 4);
    expect(f.height).toBeGreaterThanOrEqual(220);
  });

  it('turns the labels when they would touch, and keeps the plot as tall', () => {
    const level = fitChart(input(12, 380));
    const f = fitChart(input(12, 330));
    expect(f).toMatchObject({ width: 330, turned: true });
    expect(step(f, 12)).toBeGreaterThanOrEqual(13 + 4);
    expect(f.height - f.bottom).toBe(level.height - level.bottom);
    expect(f.bottom).toBeGreaterThan(28);
  });

  it('grows wider than its box (which then scrolls) rather than lose a quarter', () => {
    const f = fitChart(input(24, 330));
    expect(f.turned).toBe(true);
    expect(f.width).toBeGreaterThan(330);
    expect(step(f, 24)).toBeGreaterThanOrEqual(13 + 4);
  });

  it('leaves room right of the plot for half of the last label', () => {
    const f = fitChart({ ...input(12, 640), labelWidths: [...quarters(11), 60] });
    expect(f.right).toBeGreaterThanOrEqual(31);
  });

  it('draws the full drawing before the chart is on the page', () => {
    expect(fitChart(input(12, null))).toMatchObject({ width: 640, height: 280, turned: false });
  });
});

// How big a chart is drawn, so that every quarter keeps its tick and a readable label. A chart's SVG is
// drawn in user units and scaled to its box; below the base width it is drawn at the box's own width
// (scale 1, so 11 px labels stay 11 px on a phone instead of shrinking to 5), above it the base drawing
// scales up (larger on a projector). The x labels stand upright when they fit side by side, turn a
// quarter when they do not, and when even turned labels would touch, the chart grows wider than its box
// and scrolls sideways: no quarter ever loses its label.

export interface FitInput {
  /** Width of each x label, in user units (measured on the page, or estimated before it is attached). */
  labelWidths: number[];
  /** Height of one line of tick text, in user units. */
  lineHeight: number;
  /** Width of the chart's box in CSS pixels; null before it is on the page. */
  available: number | null;
  /** The drawing's size at full width. */
  baseWidth: number;
  baseHeight: number;
  /** Space left of the plot (y labels) and at least right of it. */
  left: number;
  right: number;
}

export interface Fit {
  width: number;
  height: number;
  /** Space under the plot for the x labels. */
  bottom: number;
  /** Left padding (the y labels), and right padding, so the last label is not cut. */
  left: number;
  right: number;
  /** Labels turned upright (reading upwards). */
  turned: boolean;
}

/** Gap between two neighbouring labels, user units. */
const GAP = 4;
/** Space under the plot with labels side by side. */
const BOTTOM = 34;
/** The smallest height a chart is drawn at (its plot would be a strip below that). */
const MIN_HEIGHT = 220;

export function fitChart(f: FitInput): Fit {
  const n = f.labelWidths.length;
  const steps = Math.max(1, n - 1);
  const last = f.labelWidths[n - 1] ?? 0;
  const right = Math.max(f.right, Math.ceil(last / 2) + 2);
  const plot = (w: number) => (w - f.left - right) / steps;
  const sideBySide = (w: number) =>
    f.labelWidths.every((lw, i) => i === 0 || (lw + f.labelWidths[i - 1]!) / 2 + GAP <= plot(w));
  const turnedFits = (w: number) => n < 2 || f.lineHeight + GAP <= plot(w);

  let width =
    f.available === null ? f.baseWidth : Math.min(f.baseWidth, Math.max(1, Math.floor(f.available)));
  let turned = false;
  if (!sideBySide(width)) {
    turned = true;
    if (!turnedFits(width)) width = Math.ceil(f.left + right + steps * (f.lineHeight + GAP));
  }
  const widest = Math.max(0, ...f.labelWidths);
  // Turned: the longest label, then room for a mark under it (chart.ts puts a refused quarter's cross there).
  const bottom = turned ? Math.ceil(widest) + 20 : BOTTOM;
  const scaled = Math.round((f.baseHeight * width) / f.baseWidth);
  const height = Math.max(MIN_HEIGHT, Math.min(f.baseHeight, scaled)) + bottom - BOTTOM;
  return { width, height, bottom, left: f.left, right, turned };
}

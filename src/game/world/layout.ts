// Where things go on a canvas of a given size: the phase track on top, the brand's plaza on the left,
// management's room on the right. Narrow canvases (phones) get a compact variant.
export interface Layout {
  w: number;
  h: number;
  compact: boolean;
  /** Size factor for people, text and strokes. */
  unit: number;
  track: { x0: number; x1: number; y: number };
  plaza: { cx: number; cy: number; rx: number; ry: number };
  board: { x: number; y: number; w: number; h: number };
  groundY: number;
}

export function layoutFor(w: number, h: number): Layout {
  const compact = w < 600 || h < 360;
  const unit = Math.max(0.6, Math.min(1.6, Math.min(w / 900, h / 560)));
  const pad = Math.round(16 * unit);
  const trackY = compact ? 30 : Math.round(46 * unit);
  const boardW = Math.round(compact ? w * 0.34 : Math.min(320 * unit, w * 0.3));
  const top = trackY + Math.round(compact ? 44 : 52 * unit);
  const boardH = Math.round(Math.min(h - top - pad, (compact ? 210 : 300) * unit));
  const plazaW = w - boardW - pad * 3;
  const groundY = h - Math.round(18 * unit);
  return {
    w,
    h,
    compact,
    unit,
    track: { x0: w * (compact ? 0.17 : 0.15), x1: w * (compact ? 0.83 : 0.85), y: trackY },
    plaza: {
      cx: pad + plazaW / 2,
      cy: top + (groundY - top) / 2,
      rx: Math.max(60, plazaW / 2 - 12 * unit),
      ry: Math.max(50, (groundY - top) / 2 - 14 * unit),
    },
    board: { x: w - boardW - pad, y: top, w: boardW, h: boardH },
    groundY,
  };
}

// The title screen's sky and city: drawn by the title scene, and by the page before the world has started
// (src/game/launch.ts), the same picture both times. Phaser-free.
import { warmth } from '../palette';
import { Backdrop } from './backdrop';
import { type Layout, layoutFor } from './layout';

/** The title's layout: its crowd stands in the middle of the whole picture. */
export function titleLayout(w: number, h: number): Layout {
  const L = layoutFor(w, h);
  return { ...L, plaza: { cx: L.w / 2, cy: L.h * 0.62, rx: L.w * 0.42, ry: L.h * 0.26 } };
}

/** The title's backdrop in `parent` (it replaces any backdrop there), at dusk with a few windows lit. */
export function titleBackdrop(parent: HTMLElement, L = titleLayout(parent.clientWidth, parent.clientHeight)) {
  const sky = new Backdrop(parent, L);
  sky.update(warmth(20), 0.1, false);
  return sky;
}

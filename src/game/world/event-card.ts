// The quarter's event as a card that slides into the picture; after the turn it turns to show the outcome.
// A page element over the canvas (see text.ts): a card of text costs nothing per frame there.
import type * as Phaser from 'phaser';
import { dur } from '../motion';
import { css } from '../palette';
import type { Layout } from './layout';
import { labelLayer, textPx, WorldLabel } from './text';

export class EventCard {
  private readonly card: WorldLabel;

  constructor(
    private readonly scene: Phaser.Scene,
    L: Layout,
    kicker: string,
    title: string,
    line: string,
    accent: number,
  ) {
    const u = L.unit;
    const w = Math.min(L.compact ? L.w * 0.55 : 300 * u, L.board.x - 30 * u);
    const size = Math.max(12, (L.compact ? 13 : 17) * u);
    this.card = new WorldLabel(labelLayer(scene), 16 * u, 0, 'world-card').setDepth(2500);
    const el = this.card.el;
    el.style.width = `${Math.round(w)}px`;
    el.style.padding = `${Math.round(12 * u)}px`;
    el.style.borderLeftColor = css(accent);
    el.style.fontSize = textPx(size);
    const part = (cls: string, text: string) => {
      const p = document.createElement('div');
      p.className = cls;
      p.textContent = text;
      return p;
    };
    el.append(part('world-card-kicker', kicker), part('world-card-title', title));
    if (line) el.append(part('world-card-line', line));
    // Stands on the ground at the left of the plaza: placed by its bottom edge, so its height is never
    // read (reading it would make the page lay itself out in the middle of a frame).
    this.card.setOrigin(0, 1).setY(L.groundY - 8 * u);
    if (dur(1) === 0) return;
    const x = this.card.x;
    this.card.setX(x + L.w);
    scene.tweens.add({ targets: this.card, x, duration: 600, ease: 'Cubic.easeOut', delay: 150 });
  }

  destroy() {
    this.scene.tweens.killTweensOf(this.card);
    this.card.destroy();
  }
}

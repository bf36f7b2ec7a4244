// The quarter's event as a card that slides into the picture; after the turn it turns to show the outcome.
import type * as Phaser from 'phaser';
import { dur } from '../motion';
import { COLOR } from '../palette';
import type { Layout } from './layout';
import { label } from './text';

export class EventCard {
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly kicker: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly line: Phaser.GameObjects.Text;
  private readonly parts: Phaser.GameObjects.GameObject[];
  private readonly w: number;
  private readonly x: number;
  private readonly y: number;

  constructor(
    private readonly scene: Phaser.Scene,
    L: Layout,
    kicker: string,
    title: string,
    line: string,
    accent: number,
  ) {
    const u = L.unit;
    this.w = Math.min(L.compact ? L.w * 0.55 : 300 * u, L.board.x - 30 * u);
    const pad = 12 * u;
    const size = Math.max(12, (L.compact ? 13 : 17) * u);
    this.x = 16 * u;
    this.kicker = label(scene, pad, pad, kicker.toUpperCase(), Math.max(10, 11 * u), '#5b6285', {
      fontStyle: 'bold',
    });
    this.title = label(scene, pad, pad + 16 * u, title, size, '#14182b', {
      fontStyle: 'bold',
      wordWrap: { width: this.w - pad * 2 },
    });
    this.line = label(
      scene,
      pad,
      this.title.y + this.title.height + 4 * u,
      line,
      Math.max(11, size * 0.8),
      '#3a4063',
      {
        wordWrap: { width: this.w - pad * 2 },
      },
    );
    const h = this.line.y + (line ? this.line.height : 0) + pad;
    this.y = L.groundY - h - 8 * u;
    this.box = scene.add.graphics();
    this.box.fillStyle(0x000000, 0.3);
    this.box.fillRoundedRect(4 * u, 6 * u, this.w, h, 10 * u);
    this.box.fillStyle(COLOR.paper, 1);
    this.box.fillRoundedRect(0, 0, this.w, h, 10 * u);
    this.box.fillStyle(accent, 1);
    this.box.fillRoundedRect(0, 0, 8 * u, h, { tl: 10 * u, bl: 10 * u, tr: 0, br: 0 });
    this.parts = [this.box, this.kicker, this.title, this.line];
    const offsets = [0, pad, pad, pad];
    const ys = [0, this.kicker.y, this.title.y, this.line.y];
    this.parts.forEach((p, i) => {
      const o = p as unknown as Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.Depth;
      o.setPosition(this.x + offsets[i]!, this.y + ys[i]!);
      o.setDepth(2500 + i);
    });
    this.slideIn(L.w);
  }

  private slideIn(from: number) {
    if (dur(1) === 0) return;
    for (const p of this.parts) {
      const o = p as unknown as Phaser.GameObjects.Components.Transform;
      const x = o.x;
      o.x = x + from;
      this.scene.tweens.add({ targets: o, x, duration: 600, ease: 'Cubic.easeOut', delay: 150 });
    }
  }

  destroy() {
    for (const p of this.parts) {
      this.scene.tweens.killTweensOf(p);
      p.destroy();
    }
  }
}

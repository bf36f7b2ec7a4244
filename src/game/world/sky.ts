// The backdrop: a sky that warms from dusk to sunrise with trust, and a city skyline whose windows light
// up as the brand's community grows.
import type * as Phaser from 'phaser';
import { TEX } from '../keys';
import { dur } from '../motion';
import { COLOR } from '../palette';
import type { Layout } from './layout';

/** A fixed little generator so the skyline looks the same on every visit (visuals only). */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

export class Sky {
  private readonly cool: Phaser.GameObjects.Image;
  private readonly warm: Phaser.GameObjects.Image;
  private readonly city: Phaser.GameObjects.Graphics;
  private readonly windows: Phaser.GameObjects.Graphics;
  private readonly spots: { x: number; y: number; w: number; h: number }[] = [];
  private lit = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
  ) {
    this.cool = scene.add.image(0, 0, TEX.skyCool).setOrigin(0).setDisplaySize(L.w, L.h).setDepth(-100);
    this.warm = scene.add
      .image(0, 0, TEX.skyWarm)
      .setOrigin(0)
      .setDisplaySize(L.w, L.h)
      .setDepth(-99)
      .setAlpha(0);
    this.city = scene.add.graphics().setDepth(-90);
    this.windows = scene.add.graphics().setDepth(-89);
    this.drawCity();
  }

  private drawCity() {
    const { L } = this;
    const rnd = lcg(7);
    const g = this.city;
    const base = L.groundY;
    g.fillStyle(COLOR.skyline, 0.9);
    let x = 0;
    while (x < L.w) {
      const bw = (28 + rnd() * 46) * L.unit;
      const bh = (40 + rnd() * 120) * L.unit * (L.compact ? 0.7 : 1);
      g.fillRect(x, base - bh, bw - 3 * L.unit, bh);
      for (let wy = base - bh + 8 * L.unit; wy < base - 10 * L.unit; wy += 14 * L.unit)
        for (let wx = x + 6 * L.unit; wx < x + bw - 12 * L.unit; wx += 12 * L.unit)
          if (rnd() < 0.55) this.spots.push({ x: wx, y: wy, w: 5 * L.unit, h: 7 * L.unit });
      x += bw;
    }
    // Shuffle so windows light up all over the city, not left to right.
    for (let i = this.spots.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [this.spots[i], this.spots[j]] = [this.spots[j]!, this.spots[i]!];
    }
    g.fillStyle(COLOR.ground, 1);
    g.fillRect(0, base, L.w, L.h - base);
  }

  /** warmth 0..1 from trust; share 0..1 of windows lit (the brand's presence in the city). */
  update(warmth: number, share: number, animate: boolean) {
    this.scene.tweens.killTweensOf(this.warm);
    const alpha = 0.15 + 0.85 * warmth;
    if (animate)
      this.scene.tweens.add({ targets: this.warm, alpha, duration: dur(1200), ease: 'Sine.easeInOut' });
    else this.warm.setAlpha(alpha);
    const lit = Math.round(this.spots.length * (0.08 + 0.6 * share));
    if (lit === this.lit) return;
    this.lit = lit;
    this.windows.clear();
    this.windows.fillStyle(COLOR.gold, 0.55);
    for (const s of this.spots.slice(0, lit)) this.windows.fillRect(s.x, s.y, s.w, s.h);
  }

  destroy() {
    this.cool.destroy();
    this.warm.destroy();
    this.city.destroy();
    this.windows.destroy();
  }
}

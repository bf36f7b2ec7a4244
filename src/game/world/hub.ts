// The brand's shop in the middle of its community, with its name over the door. Reach shows as rings
// going out from it (gold when bought with a campaign); dialogue shows as speech bubbles coming back.
import type * as Phaser from 'phaser';
import { reducedMotion } from '../motion';
import { COLOR, css } from '../palette';
import { Baked } from './baked';
import type { Layout } from './layout';
import { label, type WorldLabel } from './text';

export class Hub {
  private readonly shop: Baked;
  private readonly sign: WorldLabel;
  private readonly rings: Phaser.GameObjects.Graphics[] = [];
  private readonly bubbles: Phaser.GameObjects.Graphics[] = [];
  private strength = 0;
  private paid = false;
  private dialogue = false;
  private beats = 0;
  readonly x: number;
  readonly y: number;
  private readonly u: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
    brand: string,
  ) {
    this.u = Math.max(0.55, Math.min(1.4, Math.min(L.plaza.rx, L.plaza.ry) / 160));
    this.x = L.plaza.cx;
    this.y = L.plaza.cy + 8 * this.u;
    const u = this.u;
    const w = 92 * u;
    const hgt = 64 * u;
    const x0 = this.x - w / 2;
    const y0 = this.y - hgt;
    const ox = x0 - 20 * u;
    const oy = y0 - 32 * u;
    this.shop = new Baked(scene, ox, oy, w + 40 * u, hgt + 48 * u, this.y);
    this.shop.draw((g) => {
      g.translateCanvas(-ox, -oy);
      g.fillStyle(0x000000, 0.25);
      g.fillEllipse(this.x, this.y + 4 * u, w * 1.2, 14 * u);
      g.fillStyle(0x2b335e, 1);
      g.fillRoundedRect(x0, y0, w, hgt, 6 * u);
      // Striped awning in the brand's colour.
      const stripes = 6;
      for (let i = 0; i < stripes; i++) {
        g.fillStyle(i % 2 === 0 ? COLOR.brand : COLOR.paper, 1);
        g.fillRect(x0 - 4 * u + (i * (w + 8 * u)) / stripes, y0 + 14 * u, (w + 8 * u) / stripes, 12 * u);
      }
      g.fillStyle(COLOR.gold, 0.85);
      g.fillRect(x0 + 10 * u, y0 + 34 * u, 26 * u, 20 * u);
      g.fillStyle(0x161b36, 1);
      g.fillRect(x0 + w - 34 * u, y0 + 32 * u, 22 * u, hgt - 32 * u);
      // A bicycle wheel logo on the roof.
      g.lineStyle(3 * u, COLOR.brand, 1);
      g.strokeCircle(this.x, y0 - 16 * u, 11 * u);
      g.lineStyle(1.5 * u, COLOR.brand, 1);
      for (let a = 0; a < 6; a++) {
        const ang = (a * Math.PI) / 3;
        g.lineBetween(
          this.x,
          y0 - 16 * u,
          this.x + Math.cos(ang) * 11 * u,
          y0 - 16 * u + Math.sin(ang) * 11 * u,
        );
      }
    });
    this.sign = label(scene, this.x, y0 + 5 * u, brand, Math.max(10, 13 * u), css(COLOR.paper), {
      fontStyle: 'bold',
    })
      .setOrigin(0.5, 0.5)
      .setDepth(this.y + 1);
    this.sign.setY(y0 + 7 * u);
    // Rings as outlines, scaled: a ring texture blown up to the plaza's size would cost a textured quad.
    for (let i = 0; i < 4; i++) {
      const ring = scene.add.graphics({ x: this.x, y: y0 }).setVisible(false).setDepth(-20);
      this.rings.push(ring);
    }
    for (let i = 0; i < 3; i++) this.bubbles.push(scene.add.graphics().setVisible(false).setDepth(2000));
  }

  /** reach in points; paid: the brand bought it with a campaign; dialogue: it talks with people. */
  update(reach: number, paid: boolean, dialogue: boolean) {
    this.strength = Math.min(1, reach / 60);
    this.paid = paid;
    this.dialogue = dialogue;
  }

  /** One beat of the shop's life (World sets the beat): a ring of reach goes out, or a bubble of dialogue. */
  beat() {
    if (reducedMotion()) return;
    if (this.dialogue && this.beats++ % 2 === 1) this.bubble();
    else this.ring(this.strength, this.paid);
  }

  private ring(strength: number, paid: boolean) {
    const ring = this.rings.find((r) => !r.visible);
    if (!ring) return;
    // Redrawn at each step with a thin line: scaling one circle up would thicken its line, and every
    // extra pixel costs in software WebGL.
    const target = (0.6 + 2.6 * strength) * this.L.plaza.rx;
    const color = paid ? COLOR.gold : COLOR.teal;
    ring.setVisible(true).setAlpha(0.55);
    this.scene.tweens.addCounter({
      from: 18 * this.u,
      to: target,
      duration: 1100,
      ease: 'Sine.easeOut',
      onUpdate: (tw) => {
        const r = tw.getValue() ?? target;
        ring.clear();
        ring.lineStyle(3 * this.u, color, 0.55 * (1 - r / target));
        ring.strokeCircle(0, 0, r);
      },
      onComplete: () => ring.setVisible(false),
    });
  }

  private bubble() {
    const b = this.bubbles.find((x) => !x.visible);
    if (!b) return;
    const u = this.u;
    const side = Math.random() < 0.5 ? -1 : 1;
    const x = this.x + side * (40 + Math.random() * 30) * u;
    const y = this.y - (70 + Math.random() * 20) * u;
    b.clear();
    b.fillStyle(COLOR.paper, 0.95);
    b.fillRoundedRect(-14 * u, -10 * u, 28 * u, 20 * u, 8 * u);
    b.fillTriangle(-4 * u * side, 8 * u, 6 * u * side, 8 * u, -8 * u * side, 16 * u);
    b.fillStyle(COLOR.ink, 1);
    for (let i = -1; i <= 1; i++) b.fillCircle(i * 7 * u, 0, 2.2 * u);
    b.setPosition(x, y).setVisible(true).setAlpha(0).setScale(0.6);
    this.scene.tweens.add({
      targets: b,
      alpha: 1,
      scale: 1,
      y: y - 10 * u,
      duration: 300,
      yoyo: true,
      hold: 450,
      onComplete: () => b.setVisible(false),
    });
  }

  destroy() {
    for (const r of this.rings) {
      this.scene.tweens.killTweensOf(r);
      r.destroy();
    }
    for (const b of this.bubbles) {
      this.scene.tweens.killTweensOf(b);
      b.destroy();
    }
    this.shop.destroy();
    this.sign.destroy();
  }
}

// Management in its boardroom: a figure behind a desk whose face follows buy-in (frown to smile, brows,
// a sweat drop when the programme is at risk), and a mood gauge. No numbers: the mood is what players feel.
import type * as Phaser from 'phaser';
import { dur } from '../motion';
import { COLOR, css, mix } from '../palette';
import type { Layout } from './layout';
import { paint, svgShape } from './svg';
import { label, type WorldLabel } from './text';

export class Manager {
  private readonly room: SVGGElement;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly gauge: Phaser.GameObjects.Graphics;
  private readonly title: WorldLabel;
  private readonly stamp: WorldLabel;
  private mood = 0;
  private tween: Phaser.Tweens.Tween | null = null;
  private readonly cx: number;
  private readonly headY: number;
  private readonly r: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
    heading: string,
    stampText: string,
    room: SVGGElement,
  ) {
    this.room = room;
    const { x, y, w, h } = L.board;
    const u = L.unit * (L.compact ? 0.75 : 1);
    this.cx = x + w / 2;
    this.r = Math.min(w * 0.17, h * 0.14);
    this.headY = y + 40 * u + h * 0.42 - this.r * 0.3;
    // The room is still: it is drawn once in the page's backdrop, under the canvas (see svg.ts).
    const g = room;
    const rounded = (rx: number, ry: number, rw: number, rh: number, r: number, fill: number, opacity = 1) =>
      svgShape('rect', {
        x: rx,
        y: ry,
        width: rw,
        height: rh,
        rx: r,
        fill: paint(fill),
        'fill-opacity': opacity,
      });
    const deskY = this.headY + this.r * 1.9;
    g.append(
      rounded(x + 4 * u, y + 6 * u, w, h, 14 * u, 0x000000, 0.25),
      rounded(x, y, w, h, 14 * u, COLOR.panel, 0.96),
      // A window behind the desk.
      rounded(x + w * 0.12, y + 40 * u, w * 0.76, h * 0.42, 8 * u, 0x31396a),
      svgShape('line', {
        x1: x + w / 2,
        y1: y + 40 * u,
        x2: x + w / 2,
        y2: y + 40 * u + h * 0.42,
        stroke: paint(0x4a548c),
        'stroke-width': 2 * u,
      }),
      // Shoulders in a dark suit, then the desk in front.
      rounded(
        this.cx - this.r * 1.6,
        this.headY + this.r * 0.9,
        this.r * 3.2,
        this.r * 2,
        this.r * 0.9,
        0x2a2f45,
      ),
      svgShape('polygon', {
        points: [
          [this.cx - this.r * 0.35, this.headY + this.r * 0.95],
          [this.cx + this.r * 0.35, this.headY + this.r * 0.95],
          [this.cx, this.headY + this.r * 1.6],
        ]
          .map(([px, py]) => `${px!.toFixed(1)},${py!.toFixed(1)}`)
          .join(' '),
        fill: paint(COLOR.paper),
      }),
      rounded(x + w * 0.06, deskY, w * 0.88, this.r * 0.9, 6 * u, 0x6b4a3a),
      svgShape('rect', {
        x: x + w * 0.06,
        y: deskY + this.r * 0.7,
        width: w * 0.88,
        height: this.r * 0.2,
        fill: paint(0x553a2e),
      }),
    );
    this.face = scene.add.graphics().setDepth(51);
    this.gauge = scene.add.graphics().setDepth(51);
    this.title = label(
      scene,
      x + w / 2,
      y + 12 * u,
      heading,
      Math.max(11, (L.compact ? 12 : 16) * L.unit),
      css(COLOR.paper),
      {
        fontStyle: 'bold',
      },
    )
      .setOrigin(0.5, 0)
      .setDepth(52);
    this.stamp = label(
      scene,
      this.cx,
      this.headY,
      stampText,
      Math.max(14, (L.compact ? 16 : 26) * L.unit),
      css(COLOR.danger),
      {
        fontStyle: 'bold',
        stroke: css(COLOR.danger),
        strokeThickness: 1,
        backgroundColor: 'rgba(20,24,43,0.85)',
        padding: { x: 8, y: 4 },
      },
    )
      .setOrigin(0.5)
      .setDepth(60)
      .setAngle(-12)
      .setVisible(false);
  }

  setMood(target: number, animate: boolean) {
    this.tween?.stop();
    const from = this.mood;
    if (!animate || dur(1) === 0 || from === target) {
      this.mood = target;
      this.draw();
      return;
    }
    this.tween = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 1100,
      ease: 'Sine.easeInOut',
      onUpdate: (tw) => {
        this.mood = from + (target - from) * (tw.getValue() ?? 1);
        this.draw();
      },
    });
  }

  private draw() {
    const g = this.face;
    const m = this.mood;
    const { cx, headY: cy, r } = this;
    g.clear();
    // Head: skin warms a little when pleased, pales when worried.
    g.fillStyle(mix(0xd9a37e, 0xe8b48a, (m + 1) / 2), 1);
    g.fillCircle(cx, cy, r);
    g.fillStyle(0x3a2b24, 1);
    g.fillEllipse(cx, cy - r * 0.72, r * 1.7, r * 0.7);
    // Eyes and brows: brows slope down to the middle when annoyed.
    const eyeY = cy - r * 0.08;
    g.fillStyle(0x1d1d2b, 1);
    g.fillCircle(cx - r * 0.36, eyeY, r * 0.1);
    g.fillCircle(cx + r * 0.36, eyeY, r * 0.1);
    // Brows: raised and even when pleased, pulled down in the middle when annoyed.
    g.lineStyle(Math.max(2, r * 0.09), 0x3a2b24, 1);
    const browY = eyeY - r * 0.26 - Math.max(0, m) * r * 0.08;
    const frown = Math.max(0, -m) * r * 0.16;
    g.lineBetween(cx - r * 0.55, browY - frown * 0.4, cx - r * 0.18, browY + frown);
    g.lineBetween(cx + r * 0.18, browY + frown, cx + r * 0.55, browY - frown * 0.4);
    // Mouth: a curve from frown to smile, drawn as a polyline of a parabola.
    g.lineStyle(Math.max(2, r * 0.1), 0x5a2230, 1);
    const mouthY = cy + r * 0.42;
    const width = r * 0.42;
    const bend = m * r * 0.22;
    g.beginPath();
    for (let i = 0; i <= 12; i++) {
      const k = i / 12;
      const x = cx - width + 2 * width * k;
      const y = mouthY - bend * 4 * (k - 0.5) * (k - 0.5);
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.strokePath();
    if (m < -0.5) {
      g.fillStyle(0x8fd3ff, 0.9);
      g.fillCircle(cx + r * 0.78, cy - r * 0.2, r * 0.1);
      g.fillTriangle(cx + r * 0.7, cy - r * 0.22, cx + r * 0.86, cy - r * 0.22, cx + r * 0.78, cy - r * 0.42);
    }
    if (m > 0.5) {
      g.fillStyle(0xff8a8a, 0.35);
      g.fillCircle(cx - r * 0.55, cy + r * 0.25, r * 0.16);
      g.fillCircle(cx + r * 0.55, cy + r * 0.25, r * 0.16);
    }
    this.drawGauge();
  }

  private drawGauge() {
    const { x, y, w, h } = this.L.board;
    const g = this.gauge;
    const gy = y + h - 22 * this.L.unit;
    const gx = x + w * 0.12;
    const gw = w * 0.76;
    const gh = 10 * this.L.unit;
    const k = (this.mood + 1) / 2;
    g.clear();
    g.fillStyle(0x141833, 1);
    g.fillRoundedRect(gx, gy, gw, gh, gh / 2);
    const color = k < 0.5 ? mix(COLOR.danger, COLOR.gold, k * 2) : mix(COLOR.gold, COLOR.good, (k - 0.5) * 2);
    g.fillStyle(color, 1);
    g.fillRoundedRect(gx, gy, Math.max(gh, gw * k), gh, gh / 2);
  }

  anchor(): { x: number; y: number } {
    return { x: this.cx, y: this.headY - this.r * 1.4 };
  }

  /** The programme is cancelled: a red stamp across the room. */
  cancel() {
    this.stamp.setVisible(true);
    if (dur(1) === 0) return;
    this.stamp.setScale(2.4).setAlpha(0);
    this.scene.tweens.add({ targets: this.stamp, scale: 1, alpha: 1, duration: 380, ease: 'Back.easeOut' });
  }

  destroy() {
    this.tween?.stop();
    this.scene.tweens.killTweensOf(this.stamp);
    this.room.remove();
    this.face.destroy();
    this.gauge.destroy();
    this.title.destroy();
    this.stamp.destroy();
  }
}

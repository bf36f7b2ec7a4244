// Short, readable effects for what just happened: numbers floating up, sparks on big changes, a banner
// for a new phase, the screen dimming on failure. Every one is skipped or made static with reduced motion.
import type * as Phaser from 'phaser';
import { TEX } from '../keys';
import { dur, reducedMotion } from '../motion';
import { COLOR, css } from '../palette';
import type { Layout } from './layout';
import { label, labelLayer, textPx, WorldLabel } from './text';

export class Effects {
  private readonly sparks: Phaser.GameObjects.Particles.ParticleEmitter;
  private readonly confetti: Phaser.GameObjects.Particles.ParticleEmitter;
  /** What is still on screen or scheduled (texts, bands, timers), let go when the world goes. */
  private readonly transient: { destroy(): void }[] = [];
  private overlay: Phaser.GameObjects.Rectangle | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
  ) {
    this.sparks = scene.add
      .particles(0, 0, TEX.spark, {
        speed: { min: 60, max: 200 },
        angle: { min: 200, max: 340 },
        lifespan: 900,
        scale: { start: 0.9 * L.unit, end: 0 },
        alpha: { start: 1, end: 0 },
        gravityY: 160,
        emitting: false,
      })
      .setDepth(3000);
    this.confetti = scene.add
      .particles(0, 0, TEX.dot, {
        speedX: { min: -80, max: 80 },
        speedY: { min: 60, max: 220 },
        lifespan: 2600,
        scale: { min: 0.5 * L.unit, max: 1.2 * L.unit },
        rotate: { min: 0, max: 360 },
        tint: [COLOR.gold, COLOR.teal, COLOR.hot, COLOR.paper, COLOR.good],
        gravityY: 90,
        emitting: false,
      })
      .setDepth(3000);
  }

  /** "+2.4 trust" rising from a point; green up, red down. Made when it appears, not before. */
  float(x: number, y: number, text: string, positive: boolean, delay = 0) {
    const timer = this.scene.time.delayedCall(delay, () => this.floatNow(x, y, text, positive));
    this.transient.push({ destroy: () => timer.remove() });
  }

  private floatNow(x: number, y: number, text: string, positive: boolean) {
    const t = label(
      this.scene,
      x,
      y,
      text,
      Math.max(14, 20 * this.L.unit),
      css(positive ? COLOR.good : COLOR.danger),
      {
        fontStyle: 'bold',
        stroke: css(COLOR.ink),
        strokeThickness: 4,
      },
    )
      .setOrigin(0.5)
      .setDepth(3100);
    this.transient.push(t);
    if (reducedMotion()) {
      this.scene.time.delayedCall(2500, () => t.destroy());
      return;
    }
    t.setAlpha(0);
    this.scene.tweens.add({
      targets: t,
      alpha: { from: 0, to: 1 },
      y: y - 40 * this.L.unit,
      duration: 700,
      ease: 'Quad.easeOut',
      onComplete: () =>
        this.scene.tweens.add({
          targets: t,
          alpha: 0,
          delay: 900,
          duration: 500,
          onComplete: () => t.destroy(),
        }),
    });
  }

  burst(x: number, y: number, good: boolean, count = 24) {
    if (reducedMotion()) return;
    this.sparks.setParticleTint(good ? COLOR.gold : COLOR.cool);
    this.sparks.explode(count, x, y);
  }

  /** A band across the picture for a phase reached, with confetti. */
  banner(title: string, subtitle: string, color: number) {
    const { w, h, unit } = this.L;
    const band = new WorldLabel(labelLayer(this.scene), w / 2, h * 0.45, 'world-banner')
      .setOrigin(0.5)
      .setDepth(3200);
    band.el.style.width = `${Math.round(w)}px`;
    band.el.style.minHeight = `${Math.round(96 * unit)}px`;
    const line = (cls: string, text: string, size: number, colour: string) => {
      const el = document.createElement('div');
      el.className = cls;
      el.textContent = text;
      el.style.fontSize = textPx(size);
      el.style.color = colour;
      return el;
    };
    band.el.append(
      line('world-banner-title', title, Math.max(18, 30 * unit), css(color)),
      line('world-banner-text', subtitle, Math.max(12, 17 * unit), css(COLOR.paper)),
    );
    this.transient.push(band);
    if (reducedMotion()) {
      this.scene.time.delayedCall(4000, () => band.destroy());
      return;
    }
    band.setAlpha(0).setScale(1, 0.1);
    this.scene.tweens.add({ targets: band, scaleY: 1, alpha: 1, duration: 350, ease: 'Back.easeOut' });
    this.scene.tweens.add({
      targets: band,
      alpha: 0,
      delay: 3400,
      duration: 600,
      onComplete: () => band.destroy(),
    });
    for (let i = 0; i < 4; i++) this.confetti.explode(18, (w * (i + 0.5)) / 4, -10);
    this.scene.cameras.main.flash(dur(350), 255, 230, 160);
  }

  /** The picture dims and shakes: the programme has failed. Stays until the scene ends. */
  failure() {
    const { w, h } = this.L;
    this.overlay?.destroy();
    this.overlay = this.scene.add.rectangle(w / 2, h / 2, w, h, 0x05060f, 0).setDepth(2900);
    if (reducedMotion()) {
      this.overlay.setFillStyle(0x05060f, 0.5);
      return;
    }
    this.scene.tweens.add({ targets: this.overlay, fillAlpha: 0.5, duration: 1400 });
    this.scene.cameras.main.shake(450, 0.008);
  }

  destroy() {
    for (const o of this.transient) {
      this.scene.tweens.killTweensOf(o);
      o.destroy();
    }
    this.overlay?.destroy();
    this.sparks.destroy();
    this.confetti.destroy();
  }
}

// The brand's community as little people around its shop: more of them as the community grows, linked
// by lines as word of mouth spreads, warm or cool with trust. Employees who speak for the brand wear its
// badge. Everything is laid out once per canvas size; a change of state only shows, hides and recolours.
import type * as Phaser from 'phaser';
import { TEX } from '../keys';
import { reducedMotion } from '../motion';
import { COLOR, mix, trustColor } from '../palette';
import type { Layout } from './layout';

export const MAX_PEOPLE = 64;
const GOLDEN_ANGLE = 2.399963;

interface Person {
  body: Phaser.GameObjects.Image;
  badge: Phaser.GameObjects.Image;
  x: number;
  y: number;
  shown: boolean;
}

/** How many people the picture shows for a community level in points. */
export function peopleFor(community: number): number {
  return Math.max(3, Math.min(MAX_PEOPLE, Math.round(3 + (community / 100) * (MAX_PEOPLE - 3) * 1.15)));
}

export class Community {
  private readonly people: Person[] = [];
  private readonly links: [number, number][] = [];
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly pulses: Phaser.GameObjects.Image[] = [];
  private readonly scale: number;
  private count = 0;
  private linkCount = 0;
  private badges = 0;
  private tint = 0;
  private beatTimer: Phaser.Time.TimerEvent | null = null;
  private beats = 0;
  private wom = 0;
  private still = false;
  private drawnLinks = '';

  /** ownBeat: the crowd keeps its own rhythm (the title); in the world, World sets the beat for all. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
    private readonly ownBeat = false,
  ) {
    this.scale = Math.max(0.45, Math.min(1.3, Math.min(L.plaza.rx, L.plaza.ry) / 170));
    // Thin lines as live shapes: few pixels to fill, redrawn only when the links change.
    this.lines = scene.add.graphics().setDepth(-10);
    const { cx, cy, rx, ry } = L.plaza;
    for (let i = 0; i < MAX_PEOPLE; i++) {
      // A sunflower spiral around the shop, leaving its middle free.
      const r = Math.sqrt((i + 14) / (MAX_PEOPLE + 14));
      const a = i * GOLDEN_ANGLE;
      const x = cx + Math.cos(a) * r * rx * 0.95;
      const y = cy + Math.sin(a) * r * ry * 0.9 + 10 * L.unit;
      const body = scene.add.image(x, y, TEX.person).setScale(this.scale).setDepth(y).setVisible(false);
      body.setOrigin(0.5, 1);
      const badge = scene.add
        .image(x + 4 * this.scale, y - 14 * this.scale, TEX.badge)
        .setScale(this.scale)
        .setTint(COLOR.brand)
        .setDepth(y + 0.5)
        .setVisible(false);
      this.people.push({ body, badge, x, y, shown: false });
    }
    // Each person links to their two nearest earlier neighbours: talk starts in the core and spreads.
    for (let i = 1; i < MAX_PEOPLE; i++) {
      const p = this.people[i]!;
      const near = this.people
        .slice(0, i)
        .map((q, j) => [j, (q.x - p.x) ** 2 + (q.y - p.y) ** 2] as const)
        .sort((a, b) => a[1] - b[1])
        .slice(0, 2);
      for (const [j] of near) this.links.push([j, i]);
    }
    for (let i = 0; i < 10; i++)
      this.pulses.push(scene.add.image(0, 0, TEX.dot).setVisible(false).setDepth(-5));
  }

  update(
    s: { community: number; trust: number; wordOfMouth: number; participation: number },
    warmth: number,
    animate: boolean,
  ) {
    const count = peopleFor(s.community);
    const tint = trustColor(warmth);
    const wom = Math.min(1, s.wordOfMouth / 55);
    const visibleLinks = this.links.filter(([, i]) => i < count).length;
    const linkCount = Math.round(visibleLinks * wom);
    const badges = Math.min(count, Math.round(count * Math.min(1, s.participation / 70)));
    const animateNow = animate && !reducedMotion();

    this.people.forEach((p, i) => {
      const show = i < count;
      if (show !== p.shown) {
        // A person still leaving (or arriving) from the last change must not finish that move later.
        this.scene.tweens.killTweensOf(p.body);
        p.body.setY(p.y);
      }
      if (show && !p.shown) {
        p.body.setVisible(true).setTint(tint);
        if (animateNow) {
          p.body.setScale(0).setAlpha(1);
          this.scene.tweens.add({
            targets: p.body,
            scale: this.scale,
            duration: 420,
            delay: (i - this.count) * 40 + 200,
            ease: 'Back.easeOut',
          });
        } else p.body.setScale(this.scale).setAlpha(1);
      } else if (!show && p.shown) {
        if (animateNow)
          this.scene.tweens.add({
            targets: p.body,
            alpha: 0,
            y: p.y + 18 * this.scale,
            duration: 600,
            delay: (this.count - i) * 30,
            onComplete: () => p.body.setVisible(false).setY(p.y),
          });
        else p.body.setVisible(false);
      }
      p.shown = show;
      p.badge.setVisible(show && i < badges);
    });
    this.count = count;
    this.badges = badges;

    if (animateNow && tint !== this.tint) {
      const from = this.tint;
      this.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: 1200,
        ease: 'Sine.easeInOut',
        onUpdate: (tw) => this.recolor(mix(from, tint, tw.getValue() ?? 1)),
      });
    } else this.recolor(tint);
    this.tint = tint;
    this.linkCount = linkCount;
    this.drawLinks(tint, wom);
    this.startIdle(wom);
  }

  private recolor(color: number) {
    for (const p of this.people) if (p.shown) p.body.setTint(color);
  }

  private drawLinks(color: number, wom: number) {
    const key = `${this.count}:${this.linkCount}:${color}`;
    if (key === this.drawnLinks) return;
    this.drawnLinks = key;
    const g = this.lines;
    g.clear();
    g.lineStyle(Math.max(1, 2 * this.scale), mix(color, 0xffffff, 0.2), 0.25 + 0.4 * wom);
    let drawn = 0;
    for (const [a, b] of this.links) {
      if (drawn >= this.linkCount) break;
      if (b >= this.count) continue;
      const p = this.people[a]!;
      const q = this.people[b]!;
      g.lineBetween(p.x, p.y - 16 * this.scale, q.x, q.y - 16 * this.scale);
      drawn++;
    }
  }

  private startIdle(wom: number) {
    this.wom = wom;
    if (this.beatTimer || !this.ownBeat || reducedMotion()) return;
    this.beatTimer = this.scene.time.addEvent({ delay: 800, loop: true, callback: () => this.beat() });
  }

  /**
   * One beat of the crowd's life: word of mouth runs along a few links (more of them the more people talk),
   * or someone hops. Beats leave the picture still in between, which costs a slow machine nothing.
   */
  beat() {
    if (this.still || reducedMotion()) return;
    if (this.linkCount > 0 && this.beats++ % 3 !== 2) {
      const dots = 1 + Math.round(2 * this.wom);
      for (let i = 0; i < dots; i++) this.pulse();
    } else this.hop();
  }

  private pulse() {
    const dot = this.pulses.find((d) => !d.visible);
    if (!dot) return;
    const shown = this.links.filter(([, b]) => b < this.count).slice(0, this.linkCount);
    const link = shown[Math.floor(Math.random() * shown.length)];
    if (!link) return;
    const [a, b] = Math.random() < 0.5 ? link : [link[1], link[0]];
    const p = this.people[a]!;
    const q = this.people[b]!;
    const lift = 16 * this.scale;
    dot
      .setPosition(p.x, p.y - lift)
      .setVisible(true)
      .setAlpha(1)
      .setTint(COLOR.gold)
      .setScale(this.scale);
    this.scene.tweens.add({
      targets: dot,
      x: q.x,
      y: q.y - lift,
      duration: 700,
      ease: 'Sine.easeInOut',
      onComplete: () => dot.setVisible(false),
    });
  }

  /** Someone in the crowd hops: the picture stays alive between turns. */
  private hop() {
    const p = this.people[Math.floor(Math.random() * this.count)];
    if (!p?.shown || this.scene.tweens.isTweening(p.body)) return;
    this.scene.tweens.add({
      targets: p.body,
      y: p.y - 7 * this.scale,
      duration: 160,
      yoyo: true,
      ease: 'Quad.easeOut',
    });
  }

  /** Where people stand, for effects (bursts over the crowd, an incident over an employee). */
  anchor(kind: 'center' | 'employee'): { x: number; y: number } {
    if (kind === 'employee' && this.badges > 0) {
      const p = this.people[Math.floor(Math.random() * this.badges)]!;
      return { x: p.x, y: p.y - 40 * this.scale };
    }
    return { x: this.L.plaza.cx, y: this.L.plaza.cy - this.L.plaza.ry * 0.85 };
  }

  /** The crowd leaves: people walk out of the picture (the community is lost). */
  scatter() {
    const { cx } = this.L.plaza;
    this.still = true;
    this.beatTimer?.remove();
    this.people.forEach((p, i) => {
      if (!p.shown) return;
      p.badge.setVisible(false);
      const dx = p.x < cx ? -this.L.w : this.L.w;
      if (reducedMotion()) p.body.setAlpha(0.15);
      else
        this.scene.tweens.add({
          targets: p.body,
          x: p.x + dx * 0.6,
          alpha: 0,
          duration: 1800,
          delay: i * 25,
          ease: 'Sine.easeIn',
        });
    });
    this.lines.clear();
  }

  destroy() {
    this.beatTimer?.remove();
    for (const p of this.people) {
      this.scene.tweens.killTweensOf(p.body);
      p.body.destroy();
      p.badge.destroy();
    }
    for (const d of this.pulses) {
      this.scene.tweens.killTweensOf(d);
      d.destroy();
    }
    this.lines.destroy();
  }
}

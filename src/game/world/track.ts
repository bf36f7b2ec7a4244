// The journey's three phases as a track across the top: reached steps filled, the current one glowing.
import type * as Phaser from 'phaser';
import { dur } from '../motion';
import { COLOR } from '../palette';
import type { Layout } from './layout';
import { label } from './text';

export class Track {
  private readonly line: Phaser.GameObjects.Graphics;
  private readonly nodes: Phaser.GameObjects.Graphics[] = [];
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly glow: Phaser.GameObjects.Graphics;
  private phase = -1;
  private readonly xs: number[];
  private readonly r: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly L: Layout,
    names: string[],
  ) {
    const { x0, x1, y } = L.track;
    this.r = (L.compact ? 9 : 13) * L.unit;
    this.xs = names.map((_, i) => x0 + ((x1 - x0) * i) / (names.length - 1));
    this.line = scene.add.graphics().setDepth(100);
    this.glow = scene.add.graphics().setDepth(100);
    names.forEach((name, i) => {
      this.nodes.push(scene.add.graphics().setDepth(101));
      const text = L.compact ? `${i + 1}. ${name}` : `${i + 1} · ${name}`;
      const t = label(
        scene,
        this.xs[i]!,
        y + this.r + 6 * L.unit,
        text,
        Math.max(11, (L.compact ? 11 : 15) * L.unit),
        '#c9cde6',
        {
          align: 'center',
          wordWrap: { width: L.w * 0.29 },
        },
      )
        .setOrigin(0.5, 0)
        .setDepth(101);
      this.labels.push(t);
    });
  }

  update(phase: number, animate: boolean) {
    const { y } = this.L.track;
    const g = this.line;
    g.clear();
    g.lineStyle(4 * this.L.unit, 0x3b4470, 1);
    g.lineBetween(this.xs[0]!, y, this.xs.at(-1)!, y);
    g.lineStyle(4 * this.L.unit, COLOR.gold, 1);
    g.lineBetween(this.xs[0]!, y, this.xs[phase]!, y);
    this.nodes.forEach((n, i) => {
      n.clear();
      const reached = i <= phase;
      n.fillStyle(reached ? COLOR.gold : 0x2a3158, 1);
      n.fillCircle(this.xs[i]!, y, this.r);
      n.lineStyle(3 * this.L.unit, reached ? 0xfff1c9 : 0x59639a, 1);
      n.strokeCircle(this.xs[i]!, y, this.r);
      this.labels[i]!.setColor(i === phase ? '#ffd166' : reached ? '#f3f1ea' : '#9aa3c7');
      this.labels[i]!.setFontStyle(i === phase ? 'bold' : 'normal');
    });
    this.glow.clear();
    this.glow.fillStyle(COLOR.gold, 0.25);
    this.glow.fillCircle(this.xs[phase]!, y, this.r * 1.9);
    if (animate && this.phase >= 0 && phase > this.phase && dur(1) > 0) {
      const node = this.nodes[phase]!;
      node.setScale(1);
      this.scene.tweens.add({
        targets: this.glow,
        alpha: { from: 1, to: 0.4 },
        duration: 500,
        yoyo: true,
        repeat: 3,
      });
    }
    this.phase = phase;
  }

  nodePosition(phase: number): { x: number; y: number } {
    return { x: this.xs[phase] ?? this.xs[0]!, y: this.L.track.y };
  }

  destroy() {
    this.scene.tweens.killTweensOf(this.glow);
    this.line.destroy();
    this.glow.destroy();
    for (const n of this.nodes) n.destroy();
    for (const t of this.labels) t.destroy();
  }
}

// The journey's three phases as a track across the top: reached steps filled, the current one glowing.
// It changes only when a phase is reached, so it lives in the page's backdrop (svg.ts), not the canvas.
import type * as Phaser from 'phaser';
import { dur } from '../motion';
import { COLOR, css } from '../palette';
import type { Layout } from './layout';
import { paint, svgShape } from './svg';
import { label, type WorldLabel } from './text';

export class Track {
  private readonly base: SVGLineElement;
  private readonly progress: SVGLineElement;
  private readonly glow: SVGCircleElement;
  private readonly nodes: SVGCircleElement[] = [];
  private readonly labels: WorldLabel[] = [];
  private phase = -1;
  private readonly xs: number[];
  private readonly r: number;

  constructor(
    scene: Phaser.Scene,
    private readonly L: Layout,
    names: string[],
    private readonly group: SVGGElement,
  ) {
    const { x0, x1, y } = L.track;
    this.r = (L.compact ? 9 : 13) * L.unit;
    this.xs = names.map((_, i) => x0 + ((x1 - x0) * i) / (names.length - 1));
    const stroke = 4 * L.unit;
    const line = (color: number) =>
      svgShape('line', { x1: x0, y1: y, x2: x0, y2: y, stroke: paint(color), 'stroke-width': stroke });
    this.base = line(0x3b4470);
    this.base.setAttribute('x2', x1.toFixed(1));
    this.progress = line(COLOR.gold);
    this.glow = svgShape('circle', {
      cx: x0,
      cy: y,
      r: this.r * 1.9,
      fill: paint(COLOR.gold),
      'fill-opacity': 0.25,
    });
    group.append(this.base, this.progress, this.glow);
    names.forEach((name, i) => {
      const node = svgShape('circle', { cx: this.xs[i]!, cy: y, r: this.r, 'stroke-width': 3 * L.unit });
      this.nodes.push(node);
      group.append(node);
      const text = L.compact ? `${i + 1}. ${name}` : `${i + 1} · ${name}`;
      const t = label(
        scene,
        this.xs[i]!,
        y + this.r + 6 * L.unit,
        text,
        Math.max(11, (L.compact ? 11 : 15) * L.unit),
        css(COLOR.paper),
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
    this.progress.setAttribute('x2', this.xs[phase]!.toFixed(1));
    this.nodes.forEach((n, i) => {
      const reached = i <= phase;
      n.setAttribute('fill', reached ? paint(COLOR.gold) : paint(0x2a3158));
      n.setAttribute('stroke', reached ? paint(0xfff1c9) : paint(0x59639a));
      this.labels[i]!.setColor(i === phase ? css(COLOR.gold) : reached ? css(COLOR.paper) : css(COLOR.muted));
      this.labels[i]!.setFontStyle(i === phase ? 'bold' : 'normal');
    });
    this.glow.setAttribute('cx', this.xs[phase]!.toFixed(1));
    // A new phase: the glow pulses a few times (none with reduced motion).
    if (animate && this.phase >= 0 && phase > this.phase && dur(1) > 0)
      this.glow.animate?.([{ opacity: 1 }, { opacity: 0.4 }], {
        duration: 500,
        iterations: 8,
        direction: 'alternate',
      });
    this.phase = phase;
  }

  nodePosition(phase: number): { x: number; y: number } {
    return { x: this.xs[phase] ?? this.xs[0]!, y: this.L.track.y };
  }

  destroy() {
    this.group.remove();
    for (const t of this.labels) t.destroy();
  }
}

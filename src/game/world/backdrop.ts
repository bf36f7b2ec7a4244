// The backdrop: a sky that warms from dusk to sunrise with trust, and a city whose windows light up as the
// brand's community grows. It is drawn in the page, under a transparent canvas: a CSS gradient and an SVG
// made here by code. Software WebGL (SwiftShader, what a school laptop without a GPU driver uses too) pays
// for every textured pixel on every frame, so big still pictures stay out of the WebGL scene.
import { reducedMotion } from '../motion';
import type { Layout } from './layout';
import { SVG_NS, svgShape } from './svg';

/** A fixed little generator so the skyline looks the same on every visit (visuals only). */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function rect(x: number, y: number, w: number, h: number, cls: string): SVGRectElement {
  return svgShape('rect', { x, y, width: w, height: h, class: cls });
}

export class Backdrop {
  private readonly svg: SVGSVGElement;
  private readonly windows: SVGRectElement[] = [];
  private lit = -1;

  constructor(
    private readonly parent: HTMLElement,
    L: Layout,
  ) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'backdrop');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('width', String(L.w));
    svg.setAttribute('height', String(L.h));
    svg.setAttribute('viewBox', `0 0 ${L.w} ${L.h}`);
    const rnd = lcg(7);
    const base = L.groundY;
    const spots: SVGRectElement[] = [];
    let x = 0;
    while (x < L.w) {
      const bw = (28 + rnd() * 46) * L.unit;
      const bh = (40 + rnd() * 120) * L.unit * (L.compact ? 0.7 : 1);
      svg.append(rect(x, base - bh, bw - 3 * L.unit, bh, 'building'));
      for (let wy = base - bh + 8 * L.unit; wy < base - 10 * L.unit; wy += 14 * L.unit)
        for (let wx = x + 6 * L.unit; wx < x + bw - 12 * L.unit; wx += 12 * L.unit)
          if (rnd() < 0.55) spots.push(rect(wx, wy, 5 * L.unit, 7 * L.unit, 'window'));
      x += bw;
    }
    svg.append(...spots, rect(0, base, L.w, L.h - base, 'ground'));
    // Shuffled, so windows light up all over the city rather than from left to right.
    for (let i = spots.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [spots[i], spots[j]] = [spots[j]!, spots[i]!];
    }
    this.windows = spots;
    this.svg = svg;
    parent.querySelector(':scope > svg.backdrop')?.remove();
    parent.prepend(svg);
  }

  /** warmth 0..1 from trust; share 0..1 of windows lit (the brand's presence in the city). */
  update(warmth: number, share: number, animate: boolean) {
    this.parent.classList.toggle('is-instant', !animate || reducedMotion());
    this.parent.style.setProperty('--warmth', (0.15 + 0.85 * warmth).toFixed(3));
    const lit = Math.round(this.windows.length * (0.08 + 0.6 * share));
    if (lit === this.lit) return;
    this.lit = lit;
    this.windows.forEach((w, i) => w.setAttribute('class', i < lit ? 'window lit' : 'window'));
  }

  /** A group drawn above the city, for the world's other still drawings (management's room). */
  layer(): SVGGElement {
    const g = document.createElementNS(SVG_NS, 'g');
    this.svg.append(g);
    return g;
  }

  destroy() {
    this.svg.remove();
  }
}

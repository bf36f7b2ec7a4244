// Line charts as inline SVG built with DOM APIs: they print sharp, scale with the page, and carry a
// <title>/<desc> for screen readers plus a data table with the same numbers for anyone who wants them.
// A null value is a gap in its line (a KPI that was not measured that turn); a lone point gets a dot.
import { num } from '../../i18n';
import { h } from '../dom';
import { type Fit, fitChart } from './chart-fit';
import { fadeEdges } from './scroll-fade';

const SVG = 'http://www.w3.org/2000/svg';

export interface ChartSeries {
  label: string;
  /** One value per x position, in points; null where there is nothing to draw. */
  values: (number | null)[];
  /** Dashed lines mark what is true but unseen, or a what-if; dots mark measurements. */
  line?: 'solid' | 'dashed' | 'dotted';
  /** Palette index (colour and, past the palette, a dash pattern). */
  tone?: number;
  markers?: boolean;
  /** Drawn thicker and on top. */
  strong?: boolean;
  /**
   * A series told apart without colour (teams on a projector, for colour-blind viewers): the n-th identity
   * has its own marker shape at every point and its own dash pattern, in the legend too.
   */
  identity?: number;
}

/** Marker shapes and dash patterns of the identities: 6 x 4 distinct pairs, shape and dash both change. */
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down'] as const;
const IDENTITY_DASH = ['', '9 4', '3 3', '12 3 3 3'];

function identityOf(n: number): { shape: (typeof SHAPES)[number]; dash: string } {
  return { shape: SHAPES[n % SHAPES.length]!, dash: IDENTITY_DASH[n % IDENTITY_DASH.length]! };
}

/** A marker of the given shape centred on (cx, cy), r its half-size. */
function marker(shape: (typeof SHAPES)[number], cx: number, cy: number, r: number): SVGElement {
  const pts = (list: [number, number][]) =>
    list.map(([a, b]) => `${(cx + a * r).toFixed(1)},${(cy + b * r).toFixed(1)}`).join(' ');
  if (shape === 'circle') return svg('circle', { cx, cy, r });
  if (shape === 'square') return svg('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });
  if (shape === 'triangle')
    return svg('polygon', {
      points: pts([
        [0, -1.2],
        [1.1, 0.8],
        [-1.1, 0.8],
      ]),
    });
  if (shape === 'triangle-down')
    return svg('polygon', {
      points: pts([
        [0, 1.2],
        [1.1, -0.8],
        [-1.1, -0.8],
      ]),
    });
  if (shape === 'diamond')
    return svg('polygon', {
      points: pts([
        [0, -1.3],
        [1.3, 0],
        [0, 1.3],
        [-1.3, 0],
      ]),
    });
  return svg('path', {
    d: `M${cx - r} ${cy - r}L${cx + r} ${cy + r}M${cx - r} ${cy + r}L${cx + r} ${cy - r}`,
    class: 'chart-cross',
  });
}

export type TickMarkKind = 'changed' | 'refused';

/** A tick's mark, its top at y: a triangle pointing up at the tick, or a small cross. */
function tickMark(kind: TickMarkKind, cx: number, y: number): SVGElement {
  const m = kind === 'changed' ? marker('triangle', cx, y + 3.5, 3.5) : marker('cross', cx, y + 3, 3);
  m.setAttribute('class', `chart-tickmark chart-tickmark-${kind}`);
  return m;
}

export interface ChartOptions {
  title: string;
  desc: string;
  xLabels: string[];
  series: ChartSeries[];
  yMin?: number;
  yMax?: number;
  /** Caption of the data table; the table is left out when empty. */
  tableCaption?: string;
  /** Label of the x column in the data table. */
  xName?: string;
  /** Vertical markers, e.g. the turn a what-if changes. */
  markers?: { x: number; label: string }[];
  /**
   * Ticks of the x axis marked by index of xLabels: a triangle under the quarters a what-if changed, a cross
   * under those that could not take all of the change. `tickLegend` names each kind in the legend, which
   * screen readers read too.
   */
  tickMarks?: { x: number; kind: TickMarkKind }[];
  tickLegend?: Partial<Record<TickMarkKind, string>>;
  width?: number;
  height?: number;
  className?: string;
  testId?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

let chartCount = 0;

const DASH: Record<string, string> = { solid: '', dashed: '7 5', dotted: '2 4' };

function niceStep(range: number): number {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100];
  return steps.find((s) => range / s <= 6) ?? 100;
}

/** Space left of the plot at least (the y labels may ask for more), right of it at least, above it. */
const PAD = { left: 30, right: 16, top: 14 };
/** Labels are estimated at this size before the chart is on the page (then measured). */
const TICK_PX = 11;

export function lineChart(o: ChartOptions): HTMLElement {
  const root = svg('svg', {
    role: 'img',
    class: 'chart-svg',
    preserveAspectRatio: 'xMidYMid meet',
  });
  const titleId = `chart-${++chartCount}`;
  root.setAttribute('aria-labelledby', `${titleId}-t ${titleId}-d`);
  const heading = [
    svg('title', { id: `${titleId}-t` }, o.title),
    svg('desc', { id: `${titleId}-d` }, o.desc),
  ];
  // The frame scrolls sideways when the chart needs more room than its box (see chart-fit.ts); the sizer,
  // a line of no height, tells the box's width without changing when the chart is redrawn.
  const frame = h('div', { class: 'chart-frame' }, root);
  const sizer = h('div', { class: 'chart-sizer', 'aria-hidden': 'true' });
  const edges = fadeEdges(frame);
  let drawnFor: number | null | undefined;
  const draw = (available: number | null) => {
    const rounded = available === null ? null : Math.floor(available);
    if (rounded === drawnFor) return;
    drawnFor = rounded;
    const yAxis = yTicks(o);
    const tick = tickMetrics(root, o.xLabels, yAxis.labels);
    const fit = fitChart({
      labelWidths: tick.labelWidths,
      lineHeight: tick.lineHeight,
      available: rounded,
      baseWidth: o.width ?? 640,
      baseHeight: o.height ?? 280,
      left: Math.max(PAD.left, Math.ceil(tick.yWidth) + 10),
      right: PAD.right,
    });
    root.replaceChildren(...heading, ...plot(o, fit, yAxis));
    root.setAttribute('viewBox', `0 0 ${fit.width} ${fit.height}`);
    placeMarkerLabels(root, fit.width);
    // Wider than its box: drawn at its own size, and the frame scrolls.
    const scrolls = rounded !== null && fit.width > rounded;
    root.style.setProperty('--chart-min-width', scrolls ? `${fit.width}px` : '0px');
    frame.classList.toggle('scrolls', scrolls);
    // A region that scrolls is reached by keyboard too (arrow keys then scroll it).
    if (scrolls) {
      frame.tabIndex = 0;
      frame.setAttribute('role', 'group');
      frame.setAttribute('aria-labelledby', `${titleId}-t`);
    } else for (const a of ['tabindex', 'role', 'aria-labelledby']) frame.removeAttribute(a);
    edges();
    root.dataset.labels = fit.turned ? 'turned' : 'level';
    if (rounded !== null) root.dataset.fitted = String(rounded);
  };
  draw(null);
  whenSized(sizer, draw);

  const legend = h(
    'ul',
    { class: 'chart-legend' },
    o.series.map((s, i) =>
      h(
        'li',
        { class: `chart-tone-${(s.tone ?? i) % 8}` },
        legendSwatch(s.line ?? 'solid', !!s.markers, s.identity),
        s.label,
      ),
    ),
    (['changed', 'refused'] as const).map((kind) => {
      const text = o.tickLegend?.[kind];
      if (!text || !o.tickMarks?.some((m) => m.kind === kind)) return null;
      const swatch = svg('svg', { viewBox: '0 0 12 10', width: 12, height: 10, 'aria-hidden': 'true' });
      swatch.append(tickMark(kind, 6, 1));
      return h('li', { class: 'chart-tick-legend', 'data-tick': kind }, swatch, text);
    }),
  );
  const figure = h(
    'figure',
    { class: `chart ${o.className ?? ''}`.trim(), ...(o.testId ? { 'data-testid': o.testId } : {}) },
    h('figcaption', { class: 'chart-title' }, o.title),
    sizer,
    frame,
    legend,
  );
  if (o.tableCaption) figure.append(dataTable(o));
  return figure;
}

/** The x labels' widths, the widest y label and the tick text's line height, measured once on the page. */
function tickMetrics(
  root: SVGSVGElement,
  labels: string[],
  yLabels: string[],
): { labelWidths: number[]; yWidth: number; lineHeight: number } {
  const guess = (l: string) => l.length * TICK_PX * 0.62;
  const estimate = {
    labelWidths: labels.map(guess),
    yWidth: Math.max(0, ...yLabels.map(guess)),
    lineHeight: TICK_PX * 1.2,
  };
  if (!root.isConnected) return estimate;
  const probe = svg('text', { class: 'chart-tick', x: 0, y: 0 });
  root.append(probe);
  const size = Number.parseFloat(getComputedStyle(probe).fontSize) || TICK_PX;
  const width = (l: string) => {
    probe.textContent = l;
    return probe.getComputedTextLength();
  };
  const labelWidths = labels.map(width);
  const yWidth = Math.max(0, ...yLabels.map(width));
  probe.remove();
  // Not rendered (a hidden slide, a folded panel): measured again when it shows.
  if (labelWidths.some((w) => w === 0)) return estimate;
  return { labelWidths, yWidth, lineHeight: size * 1.2 };
}

interface YAxis {
  min: number;
  max: number;
  values: number[];
  labels: string[];
}

/** The y range and its gridlines: from 0 (or lower) to 100 (or higher), at a round step. */
function yTicks(o: ChartOptions): YAxis {
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const min = o.yMin ?? Math.min(0, ...all);
  const max = o.yMax ?? Math.max(100, ...all);
  const step = niceStep(max - min);
  const values: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) values.push(v);
  return { min, max, values, labels: values.map((v) => num(v)) };
}

/** A marker's label reads to the right of its line, or to the left when it would leave the chart. */
function placeMarkerLabels(root: SVGSVGElement, width: number): void {
  if (!root.isConnected) return;
  for (const label of root.querySelectorAll<SVGTextElement>('.chart-marker text')) {
    const x = Number(label.getAttribute('x'));
    if (x + label.getComputedTextLength() > width - 2) {
      label.setAttribute('x', String(x - 8));
      label.setAttribute('text-anchor', 'end');
    }
  }
}

function plot(o: ChartOptions, fit: Fit, yAxis: YAxis): SVGElement[] {
  const { width, height } = fit;
  const pad = { top: PAD.top, left: fit.left, right: fit.right, bottom: fit.bottom };
  const { min: yMin, max: yMax } = yAxis;
  const n = Math.max(1, o.xLabels.length - 1);
  const x = (i: number) => pad.left + ((width - pad.left - pad.right) * i) / n;
  const y = (v: number) => pad.top + ((height - pad.top - pad.bottom) * (yMax - v)) / (yMax - yMin || 1);
  const out: SVGElement[] = [];

  // Grid and axes: every quarter has its tick and its label.
  const grid = svg('g', { class: 'chart-grid', 'aria-hidden': 'true' });
  yAxis.values.forEach((v, i) => {
    grid.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) }));
    grid.append(
      svg(
        'text',
        { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-tick' },
        yAxis.labels[i] ?? '',
      ),
    );
  });
  const base = height - pad.bottom;
  const marked = new Set((o.tickMarks ?? []).map((m) => m.x));
  o.xLabels.forEach((label, i) => {
    grid.append(svg('line', { x1: x(i), x2: x(i), y1: base, y2: base + 4, class: 'chart-x-tick' }));
    const at: Record<string, string | number> = fit.turned
      ? {
          x: x(i),
          y: base + 10,
          dy: '0.35em',
          'text-anchor': 'end',
          transform: `rotate(-90 ${x(i).toFixed(1)} ${base + 10})`,
        }
      : { x: x(i), y: base + 19, 'text-anchor': 'middle' };
    const on = marked.has(i) ? ' chart-tick-on' : '';
    grid.append(svg('text', { ...at, class: `chart-tick chart-x-label${on}` }, label));
  });
  // Changed quarters just under the axis, refused ones under their label (under the longest turned one).
  for (const m of o.tickMarks ?? [])
    grid.append(
      tickMark(m.kind, x(m.x), m.kind === 'changed' ? base + 2 : fit.turned ? height - 7 : base + 23),
    );
  out.push(grid);
  for (const m of o.markers ?? []) {
    const g = svg('g', { class: 'chart-marker', 'aria-hidden': 'true' });
    g.append(svg('line', { x1: x(m.x), x2: x(m.x), y1: pad.top, y2: base }));
    g.append(svg('text', { x: x(m.x) + 4, y: pad.top + 10, class: 'chart-tick' }, m.label));
    out.push(g);
  }

  // Lines: strong ones last so they sit on top.
  const ordered = o.series
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(!!a.s.strong) - Number(!!b.s.strong));
  for (const { s, i } of ordered) {
    const tone = s.tone ?? i;
    const g = svg('g', {
      class: `chart-series chart-tone-${tone % 8}${s.strong ? ' chart-strong' : ''}`,
      'data-series': s.label,
      'aria-hidden': 'true',
    });
    let d = '';
    let open = false;
    s.values.forEach((v, k) => {
      if (v === null) {
        open = false;
        return;
      }
      d += `${open ? 'L' : 'M'}${x(k).toFixed(1)} ${y(v).toFixed(1)} `;
      open = true;
    });
    const id = s.identity === undefined ? null : identityOf(s.identity);
    const dash = id ? id.dash : DASH[s.line ?? 'solid'] || (tone >= 8 ? '10 3 2 3' : '');
    if (d)
      g.append(svg('path', { d: d.trim(), fill: 'none', ...(dash ? { 'stroke-dasharray': dash } : {}) }));
    s.values.forEach((v, k) => {
      const lone = v !== null && (s.values[k - 1] ?? null) === null && (s.values[k + 1] ?? null) === null;
      if (v === null) return;
      if (id) g.append(marker(id.shape, x(k), y(v), s.strong ? 4.5 : 3.5));
      else if (s.markers || lone) g.append(svg('circle', { cx: x(k), cy: y(v), r: s.strong ? 4 : 3 }));
    });
    out.push(g);
  }
  return out;
}

/** One observer for every chart: it redraws a chart when its box changes width, and forgets removed ones. */
const onWidth = new WeakMap<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;

function whenSized(el: Element, draw: (width: number) => void): void {
  if (typeof ResizeObserver === 'undefined') return;
  observer ??= new ResizeObserver((entries) => {
    for (const e of entries) {
      if (!e.target.isConnected) observer?.unobserve(e.target);
      else if (e.contentRect.width > 0) onWidth.get(e.target)?.(e.contentRect.width);
    }
  });
  onWidth.set(el, draw);
  observer.observe(el);
}

function legendSwatch(line: string, markers: boolean, identity?: number): SVGSVGElement {
  const s = svg('svg', {
    viewBox: '0 0 28 10',
    width: 28,
    height: 10,
    'aria-hidden': 'true',
    class: 'chart-swatch',
  });
  const id = identity === undefined ? null : identityOf(identity);
  const dash = id ? id.dash : DASH[line];
  s.append(svg('line', { x1: 1, x2: 27, y1: 5, y2: 5, ...(dash ? { 'stroke-dasharray': dash } : {}) }));
  if (id) s.append(marker(id.shape, 14, 5, 3));
  else if (markers) s.append(svg('circle', { cx: 14, cy: 5, r: 3 }));
  return s;
}

/** The chart's numbers as a table, folded by default (screen readers and the curious open it). */
function dataTable(o: ChartOptions): HTMLElement {
  const cell = (v: number | null) => (v === null ? '–' : num(v, 1));
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', null, o.tableCaption),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table' },
        h('caption', { class: 'sr-only' }, o.tableCaption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, o.xName ?? ''),
            o.series.map((s) => h('th', { scope: 'col' }, s.label)),
          ),
        ),
        h(
          'tbody',
          null,
          o.xLabels.map((label, k) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, label),
              o.series.map((s) => h('td', null, cell(s.values[k] ?? null))),
            ),
          ),
        ),
      ),
    ),
  );
}

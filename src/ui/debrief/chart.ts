// Line charts as inline SVG built with DOM APIs: they print sharp, scale with the page, and carry a
// <title>/<desc> for screen readers plus a data table with the same numbers for anyone who wants them.
// A null value is a gap in its line (a KPI that was not measured that turn); a lone point gets a dot.
import { num } from '../../i18n';
import { h } from '../dom';

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

export function lineChart(o: ChartOptions): HTMLElement {
  const width = o.width ?? 640;
  const height = o.height ?? 280;
  const pad = { left: 44, right: 16, top: 14, bottom: 34 };
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMin = o.yMin ?? Math.min(0, ...all);
  const yMax = o.yMax ?? Math.max(100, ...all);
  const n = Math.max(1, o.xLabels.length - 1);
  const x = (i: number) => pad.left + ((width - pad.left - pad.right) * i) / n;
  const y = (v: number) => pad.top + ((height - pad.top - pad.bottom) * (yMax - v)) / (yMax - yMin || 1);

  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'chart-svg',
    preserveAspectRatio: 'xMidYMid meet',
  });
  const titleId = `chart-${++chartCount}`;
  root.setAttribute('aria-labelledby', `${titleId}-t ${titleId}-d`);
  root.append(svg('title', { id: `${titleId}-t` }, o.title), svg('desc', { id: `${titleId}-d` }, o.desc));

  // Grid and axes.
  const grid = svg('g', { class: 'chart-grid', 'aria-hidden': 'true' });
  const step = niceStep(yMax - yMin);
  for (let v = Math.ceil(yMin / step) * step; v <= yMax + 1e-9; v += step) {
    grid.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) }));
    grid.append(
      svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-tick' }, num(v)),
    );
  }
  const every = Math.ceil(o.xLabels.length / 13);
  const marked = new Set((o.tickMarks ?? []).map((m) => m.x));
  o.xLabels.forEach((label, i) => {
    if (i % every !== 0 && i !== o.xLabels.length - 1) return;
    grid.append(
      svg(
        'text',
        {
          x: x(i),
          y: height - pad.bottom + 18,
          'text-anchor': 'middle',
          class: marked.has(i) ? 'chart-tick chart-tick-on' : 'chart-tick',
        },
        label,
      ),
    );
  });
  // Changed quarters just under the axis, refused ones under their label.
  for (const m of o.tickMarks ?? [])
    grid.append(tickMark(m.kind, x(m.x), height - pad.bottom + (m.kind === 'changed' ? 2 : 23)));
  root.append(grid);
  for (const m of o.markers ?? []) {
    const g = svg('g', { class: 'chart-marker', 'aria-hidden': 'true' });
    g.append(svg('line', { x1: x(m.x), x2: x(m.x), y1: pad.top, y2: height - pad.bottom }));
    g.append(svg('text', { x: x(m.x) + 4, y: pad.top + 10, class: 'chart-tick' }, m.label));
    root.append(g);
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
    root.append(g);
  }

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
    root,
    legend,
  );
  if (o.tableCaption) figure.append(dataTable(o));
  return figure;
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

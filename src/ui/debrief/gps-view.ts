// The "GPS" lesson: the true curves beside what the dashboard showed. True values are dashed, readings are
// dots joined where measured turn after turn, and a gap means nobody was looking.

import { gameSeries, measuredKpis } from '../../analysis/series';
import { t, tn } from '../../i18n';
import { type KpiId, type Replay, type Scenario, toPoints } from '../../sim';
import { h } from '../dom';
import { lineChart } from './chart';
import { kpiLabel } from './labels';

export function turnLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? t('debrief.start') : t('debrief.turnShort', { turn: i }),
  );
}

export function gpsView(scenario: Scenario, played: Replay): HTMLElement {
  const series = gameSeries(played);
  const labels = turnLabels(series.length);
  const truth = lineChart({
    title: t('debrief.gps.trueTitle'),
    desc: t('debrief.gps.trueDesc'),
    xLabels: labels,
    xName: t('debrief.timeline.turn'),
    tableCaption: t('debrief.chart.table'),
    testId: 'chart-true',
    series: [
      { label: t('debrief.var.trust'), values: series.map((p) => toPoints(p.trust)), tone: 0, strong: true },
      { label: t('debrief.var.buyIn'), values: series.map((p) => toPoints(p.buyIn)), tone: 1, strong: true },
      { label: t('debrief.var.reach'), values: series.map((p) => toPoints(p.reach)), tone: 2 },
    ],
  });
  const kpis = measuredKpis(played);
  const seen =
    kpis.length === 0
      ? h('p', { class: 'notice' }, t('debrief.gps.noneMeasured'))
      : lineChart({
          title: t('debrief.gps.seenTitle'),
          desc: t('debrief.gps.seenDesc'),
          xLabels: labels,
          xName: t('debrief.timeline.turn'),
          tableCaption: t('debrief.chart.table'),
          testId: 'chart-seen',
          series: kpis.flatMap((k, i) => [
            {
              label: t('debrief.gps.seenLabel', { kpi: kpiLabel(scenario, k) }),
              values: series.map((p) => (p.seen[k] === null ? null : toPoints(p.seen[k]!))),
              tone: i + 3,
              markers: true,
              strong: true,
            },
            {
              label: t('debrief.gps.trueLabel', { kpi: kpiLabel(scenario, k) }),
              values: series.map((p) => toPoints(p.kpis[k])),
              tone: i + 3,
              line: 'dashed' as const,
            },
          ]),
        });
  return h(
    'div',
    { class: 'gps' },
    h('div', { class: 'chart-pair' }, truth, seen),
    h('p', { class: 'hint' }, t('debrief.gps.howToRead')),
    h(
      'ul',
      { class: 'findings' },
      blindSpots(scenario, played).map((line) => h('li', null, line)),
    ),
  );
}

/** Plain findings about what was not seen: turns with nothing measured, or only vanity numbers. */
export function blindSpots(scenario: Scenario, played: Replay): string[] {
  const kind = new Map(scenario.measure.kpis.map((k) => [k.id, k.kind]));
  const total = played.records.length;
  let blind = 0;
  let vanityOnly = 0;
  for (const r of played.records) {
    if (r.decision.measure.length === 0) blind++;
    else if (r.decision.measure.every((k) => kind.get(k as KpiId) === 'vanity')) vanityOnly++;
  }
  const lines: string[] = [];
  if (blind > 0) lines.push(tn('debrief.gps.blindTurns', blind, { total }));
  if (vanityOnly > 0) lines.push(tn('debrief.gps.vanityTurns', vanityOnly, { total }));
  if (!played.records.some((r) => r.decision.measure.includes('sentiment')))
    lines.push(t('debrief.gps.trustUnseen'));
  if (lines.length === 0) lines.push(t('debrief.gps.wellMeasured'));
  return lines;
}

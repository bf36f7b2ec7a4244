// Compare the teams: one row each (ending, phase, trust, buy-in, reach, key decisions), overlaid charts
// of trust and buy-in, and the way into any team's debrief. Exports and the projector start from here.
import type { StoreApi } from 'zustand/vanilla';
import { type Count, type SortKey, sortRows, type TeamRow, teamRow } from '../../analysis/compare';
import { t, tn } from '../../i18n';
import { type Scenario, toPoints } from '../../sim';
import type { FacilitatorState, TeamEntry } from '../../store/facilitator-store';
import { lineChart } from '../debrief/chart';
import { turnLabels } from '../debrief/gps-view';
import {
  approachLabel,
  endingLabel,
  governanceLabel,
  kpiLabel,
  moveLabel,
  objectiveLabel,
  phaseLabel,
  voiceLabel,
} from '../debrief/labels';
import { h } from '../dom';
import { points } from '../format';

export function rowsOf(teams: readonly TeamEntry[]): TeamRow[] {
  return teams.map((tm) => teamRow(tm.scenario, tm.name, tm.game, tm.replay));
}

function share(list: Count[], total: number, label: (id: string) => string): string {
  const top = list[0];
  if (!top) return '–';
  return t('facilitator.compare.share', { label: label(top.id), count: top.count, total });
}

export function keyDecisionCells(scenario: Scenario, row: TeamRow): HTMLElement[] {
  const k = row.key;
  return [
    h('td', null, objectiveLabel(scenario, k.objective)),
    h(
      'td',
      null,
      share(k.approaches, row.turns, (id) => approachLabel(scenario, id)),
    ),
    h(
      'td',
      null,
      share(k.voices, row.turns, (id) => voiceLabel(scenario, id)),
    ),
    h(
      'td',
      null,
      share(k.governances, row.turns, (id) => governanceLabel(scenario, id)),
    ),
    h(
      'td',
      null,
      k.moves.length === 0
        ? '–'
        : k.moves
            .map((m) => t('facilitator.compare.moveAt', { label: moveLabel(scenario, m.id), turn: m.turn }))
            .join(', '),
    ),
    h(
      'td',
      null,
      k.measured.length === 0
        ? t('debrief.timeline.nothingMeasured')
        : k.measured
            .slice(0, 3)
            .map((m) => kpiLabel(scenario, m.id))
            .join(', '),
    ),
  ];
}

export const KEY_COLUMNS = ['objective', 'approach', 'voice', 'governance', 'moves', 'kpis'] as const;

export function compareTable(
  teams: readonly TeamEntry[],
  sort: SortKey,
  onOpen?: (code: string) => void,
): HTMLElement {
  const byName = new Map(teams.map((tm) => [tm.name, tm]));
  const rows = sortRows(rowsOf(teams), sort, sort !== 'name');
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table compare-table', 'data-testid': 'compare-table' },
      h('caption', { class: 'sr-only' }, t('facilitator.compare.caption')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t('facilitator.compare.col.team')),
          h('th', { scope: 'col' }, t('facilitator.compare.col.ending')),
          h('th', { scope: 'col' }, t('facilitator.compare.col.phase')),
          h('th', { scope: 'col', class: 'num' }, t('facilitator.compare.col.trust')),
          h('th', { scope: 'col', class: 'num' }, t('facilitator.compare.col.buyIn')),
          h('th', { scope: 'col', class: 'num' }, t('facilitator.compare.col.reach')),
          KEY_COLUMNS.map((c) => h('th', { scope: 'col' }, t(`facilitator.compare.col.${c}`))),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((row) => {
          const team = byName.get(row.name)!;
          return h(
            'tr',
            { 'data-team': row.name },
            h(
              'th',
              { scope: 'row', 'data-testid': 'team-name' },
              onOpen
                ? h(
                    'button',
                    { type: 'button', class: 'link-button', onclick: () => onOpen(team.code) },
                    row.name,
                  )
                : row.name,
              team.mismatch.length > 0
                ? h('div', { class: 'tag tag-warn' }, t('facilitator.compare.otherSession'))
                : null,
            ),
            h(
              'td',
              { 'data-testid': 'team-ending', 'data-value': row.ending ?? '' },
              endingLabel(row.ending),
            ),
            h(
              'td',
              { 'data-testid': 'team-phase', 'data-value': row.phase },
              phaseLabel(team.scenario, row.phase),
            ),
            h(
              'td',
              { class: 'num', 'data-testid': 'team-trust', 'data-value': row.trust },
              points(row.trust, 1),
            ),
            h(
              'td',
              { class: 'num', 'data-testid': 'team-buyin', 'data-value': row.buyIn },
              points(row.buyIn, 1),
            ),
            h(
              'td',
              { class: 'num', 'data-testid': 'team-reach', 'data-value': row.reach },
              points(row.reach, 1),
            ),
            keyDecisionCells(team.scenario, row),
          );
        }),
      ),
    ),
  );
}

export function overlayChart(
  teams: readonly TeamEntry[],
  v: 'trust' | 'buyIn' | 'reach',
  testId?: string,
): HTMLElement {
  const length = Math.max(1, ...teams.map((tm) => tm.replay.records.length)) + 1;
  const values = (tm: TeamEntry) => {
    const list: (number | null)[] = [tm.replay.initial, ...tm.replay.records.map((r) => r.state)].map((s) =>
      toPoints(v === 'reach' ? s.reach : s.vars[v]),
    );
    while (list.length < length) list.push(null);
    return list;
  };
  return lineChart({
    title: t(`facilitator.compare.chart.${v}`),
    desc: tn('facilitator.compare.chartDesc', teams.length),
    xLabels: turnLabels(length),
    xName: t('debrief.timeline.turn'),
    tableCaption: t('debrief.chart.table'),
    testId,
    series: teams.map((tm, i) => ({
      label: tm.name,
      values: values(tm),
      tone: i,
      identity: i,
      strong: teams.length <= 8,
    })),
  });
}

export function comparePanel(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const act = () => store.getState();
  if (s.teams.length === 0)
    return h(
      'section',
      { class: 'fac-panel compare', 'aria-labelledby': 'compare-h', 'data-testid': 'compare' },
      h('h2', { id: 'compare-h', tabindex: -1 }, t('facilitator.compare.title')),
      h('p', { class: 'notice' }, t('facilitator.compare.empty')),
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', onclick: () => act().setView('collect') },
        t('facilitator.nav.collect'),
      ),
    );
  const sorts: SortKey[] = ['score', 'trust', 'buyIn', 'reach', 'phase', 'name'];
  return h(
    'section',
    { class: 'fac-panel compare', 'aria-labelledby': 'compare-h', 'data-testid': 'compare' },
    h('h2', { id: 'compare-h', tabindex: -1 }, t('facilitator.compare.title')),
    h(
      'div',
      { class: 'row toolbar' },
      h(
        'div',
        { class: 'field row' },
        h('label', { for: 'compare-sort' }, t('facilitator.compare.sort')),
        h(
          'select',
          {
            id: 'compare-sort',
            onchange: (e: Event) => act().setSort((e.target as HTMLSelectElement).value as SortKey),
          },
          sorts.map((k) =>
            h('option', { value: k, selected: k === s.sort }, t(`facilitator.compare.sortBy.${k}`)),
          ),
        ),
      ),
    ),
    compareTable(s.teams, s.sort, (code) => act().openTeam(code)),
    h(
      'div',
      { class: 'chart-pair' },
      overlayChart(s.teams, 'trust', 'overlay-trust'),
      overlayChart(s.teams, 'buyIn', 'overlay-buyin'),
    ),
  );
}

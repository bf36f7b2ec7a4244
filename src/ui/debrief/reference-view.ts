// The same seed and session played by the reference plans, beside the team's own game: the events were
// the same, so the differences come from the choices.

import { type ReferenceGame, referenceGames } from '../../analysis/reference-plans';
import { t } from '../../i18n';
import { type GameRecord, type Replay, type Scenario, toPoints } from '../../sim';
import { h } from '../dom';
import { points } from '../format';
import { lineChart } from './chart';
import { turnLabels } from './gps-view';
import { endingLabel, phaseLabel, planLabel } from './labels';

export function referenceView(
  scenario: Scenario,
  game: GameRecord,
  played: Replay,
  teamName: string,
): HTMLElement {
  const refs = referenceGames(scenario, game.seed, game.setup);
  // Each scenario lists its intended plan first and the tempting one next (src/analysis/reference-plans.ts).
  const shown = new Set(refs.slice(0, 2).map((r) => r.id));
  const charts = h('div', { class: 'chart-pair' });
  const render = () =>
    charts.replaceChildren(
      chart('trust', refs, shown, played, teamName),
      chart('buyIn', refs, shown, played, teamName),
    );
  render();
  const picker = h(
    'fieldset',
    { class: 'plan-picker' },
    h('legend', null, t('debrief.reference.pick')),
    h(
      'div',
      { class: 'checks' },
      refs.map((r) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            value: r.id,
            checked: shown.has(r.id),
            onchange: (e: Event) => {
              if ((e.target as HTMLInputElement).checked) shown.add(r.id);
              else shown.delete(r.id);
              render();
            },
          }),
          ` ${planLabel(r.id)}`,
        ),
      ),
    ),
  );
  const f = played.final;
  return h(
    'div',
    { class: 'reference' },
    h('p', { class: 'hint' }, t('debrief.reference.intro', { seed: game.seed })),
    picker,
    charts,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table compact', 'data-testid': 'reference-table' },
        h('caption', null, t('debrief.reference.tableCaption')),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['plan', 'ending', 'phase', 'trust', 'buyIn'].map((c) =>
              h('th', { scope: 'col' }, t(`debrief.reference.col.${c}`)),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          h(
            'tr',
            { class: 'own' },
            h('th', { scope: 'row' }, teamName),
            h('td', null, endingLabel(f.ending)),
            h('td', null, phaseLabel(scenario, f.phase)),
            h('td', { class: 'num' }, points(f.vars.trust, 1)),
            h('td', { class: 'num' }, points(f.vars.buyIn, 1)),
          ),
          refs.map((r) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, planLabel(r.id)),
              h('td', null, endingLabel(r.final.ending)),
              h('td', null, phaseLabel(scenario, r.final.phase)),
              h('td', { class: 'num' }, points(r.final.vars.trust, 1)),
              h('td', { class: 'num' }, points(r.final.vars.buyIn, 1)),
            ),
          ),
        ),
      ),
    ),
  );
}

function chart(
  v: 'trust' | 'buyIn',
  refs: ReferenceGame[],
  shown: Set<string>,
  played: Replay,
  teamName: string,
) {
  const picked = refs.filter((r) => shown.has(r.id));
  const length = Math.max(played.records.length, ...picked.map((r) => r.records.length)) + 1;
  const values = (p: Pick<Replay, 'initial' | 'records'>) => {
    const list: (number | null)[] = [p.initial, ...p.records.map((x) => x.state)].map((s) =>
      toPoints(s.vars[v]),
    );
    while (list.length < length) list.push(null);
    return list;
  };
  return lineChart({
    title: t(`debrief.reference.chart.${v}`),
    desc: t('debrief.reference.chartDesc'),
    xLabels: turnLabels(length),
    xName: t('debrief.timeline.turn'),
    tableCaption: t('debrief.chart.table'),
    series: [
      { label: teamName, values: values(played), tone: 0, strong: true, markers: true },
      ...picked.map((r) => ({
        label: planLabel(r.id),
        values: values(r),
        tone: 1 + refs.indexOf(r),
        line: 'dashed' as const,
      })),
    ],
  });
}

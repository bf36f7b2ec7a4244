// The game quarter by quarter: what was decided, what happened, and where trust and buy-in truly stood.
// Shown on the end screen (the true values are revealed once the game is over).
import { pick, t } from '../i18n';
import type { Scenario, SimState, TurnRecord } from '../sim';
import { h } from './dom';
import { points } from './format';

export function turnSummary(
  scenario: Scenario,
  initial: SimState,
  records: readonly TurnRecord[],
): HTMLElement {
  const name = (list: readonly { id: string; label: { en: string; fr: string } }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? pick(found.label) : id;
  };
  const rows = records.map((r) => {
    const d = r.decision;
    const event = r.event ? scenario.events.find((e) => e.id === r.event!.id) : undefined;
    const answer = event?.responses.find((x) => x.id === r.event?.response);
    return h(
      'tr',
      { 'data-turn': r.turn },
      h('th', { scope: 'row' }, String(r.turn)),
      h(
        'td',
        null,
        event ? pick(event.title) : '—',
        answer && h('span', { class: 'sub' }, ` ${t('summary.answer', { answer: pick(answer.label) })}`),
        r.event?.success === true && h('span', { class: 'sub good' }, ` ${t('summary.won')}`),
        r.event?.success === false && h('span', { class: 'sub bad' }, ` ${t('summary.lost')}`),
        r.dissonance && h('span', { class: 'sub bad' }, ` ${t('summary.incident')}`),
      ),
      h(
        'td',
        null,
        [
          name(scenario.approaches, d.approach),
          name(scenario.voices, d.voice),
          name(scenario.governances, d.governance),
        ].join(' · '),
      ),
      h(
        'td',
        null,
        d.measure.length
          ? d.measure.map((k) => name(scenario.measure.kpis, k)).join(', ')
          : t('summary.nothing'),
      ),
      h('td', null, d.moves.length ? d.moves.map((m) => name(scenario.moves, m)).join(', ') : '—'),
      h(
        'td',
        { class: r.phaseAfter > r.phaseBefore ? 'good' : undefined },
        pick(scenario.phases[r.phaseAfter]!.label),
      ),
      h('td', { class: 'num' }, points(r.state.vars.trust)),
      h('td', { class: 'num' }, points(r.state.vars.buyIn)),
    );
  });
  return h(
    'div',
    {
      class: 'table-wrap',
      id: 'turn-summary',
      tabindex: 0,
      role: 'region',
      'aria-labelledby': 'summary-caption',
    },
    h(
      'table',
      { class: 'summary' },
      h(
        'caption',
        { id: 'summary-caption' },
        t('summary.caption', { trust: points(initial.vars.trust), buyIn: points(initial.vars.buyIn) }),
      ),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['quarter', 'event', 'choices', 'measured', 'moves', 'phase', 'trust', 'buyIn'].map((c) =>
            h('th', { scope: 'col' }, t(`summary.col.${c}`)),
          ),
        ),
      ),
      h('tbody', null, rows),
    ),
  );
}

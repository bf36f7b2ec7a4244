// The story of the game as a table, one row per quarter: choices, event and answer, where it stood.

import { timelineRows } from '../../analysis/timeline';
import { t } from '../../i18n';
import type { Replay, Scenario } from '../../sim';
import { h } from '../dom';
import { points, signed } from '../format';
import {
  choicesLabel,
  endingLabel,
  eventTitle,
  kpiLabel,
  moveLabel,
  phaseLabel,
  responseLabel,
} from './labels';

export function timelineView(scenario: Scenario, played: Replay): HTMLElement {
  const rows = timelineRows(played);
  const change = (value: number, delta: number) =>
    h(
      'span',
      null,
      points(value),
      ' ',
      h('span', { class: delta < 0 ? 'delta down' : 'delta up' }, `(${signed(delta)})`),
    );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table timeline', 'data-testid': 'debrief-timeline' },
      h('caption', { class: 'sr-only' }, t('debrief.timeline.caption')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['turn', 'choices', 'measured', 'moves', 'event', 'trust', 'buyIn', 'phase'].map((c) =>
            h('th', { scope: 'col' }, t(`debrief.timeline.${c}`)),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            { class: r.phaseChanged ? 'phase-change' : r.ending && r.ending !== 'completed' ? 'ended' : '' },
            h('th', { scope: 'row' }, t('debrief.turnShort', { turn: r.turn })),
            h('td', null, choicesLabel(scenario, r.decision)),
            h(
              'td',
              null,
              r.decision.measure.length === 0
                ? h('em', null, t('debrief.timeline.nothingMeasured'))
                : r.decision.measure.map((k) => kpiLabel(scenario, k)).join(', '),
            ),
            h('td', null, r.decision.moves.map((m) => moveLabel(scenario, m)).join(', ')),
            h(
              'td',
              null,
              r.event ? eventTitle(scenario, r.event.id) : '',
              r.event?.response ? ` → ${responseLabel(scenario, r.event.id, r.event.response)}` : '',
              r.event?.success === true ? ` (${t('debrief.timeline.worked')})` : '',
              r.event?.success === false ? ` (${t('debrief.timeline.failed')})` : '',
              r.dissonance ? h('div', { class: 'tag tag-warn' }, t('debrief.timeline.dissonance')) : null,
            ),
            h('td', { class: 'num' }, change(r.trust, r.trustDelta)),
            h('td', { class: 'num' }, change(r.buyIn, r.buyInDelta)),
            h(
              'td',
              null,
              phaseLabel(scenario, r.phaseAfter),
              r.phaseChanged ? h('div', { class: 'tag tag-good' }, t('debrief.timeline.phaseUp')) : null,
              r.ending && r.ending !== 'completed'
                ? h('div', { class: 'tag tag-bad' }, endingLabel(r.ending))
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}

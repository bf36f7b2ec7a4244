// Every team's answer to the same event, side by side, with what the event and the answer did to trust and
// buy-in that quarter: for the printed report and the projector.
import type { SharedEvent } from '../../analysis/shared-events';
import { t } from '../../i18n';
import type { Scenario } from '../../sim';
import { eventTitle, responseLabel } from '../debrief/labels';
import { h } from '../dom';
import { signed } from '../format';

function answerText(scenario: Scenario, ev: SharedEvent, response: string | null, success: boolean | null) {
  const answer = response ? responseLabel(scenario, ev.eventId, response) : t('facilitator.shared.noAnswer');
  if (success === true) return `${answer} (${t('debrief.timeline.worked')})`;
  if (success === false) return `${answer} (${t('debrief.timeline.failed')})`;
  return answer;
}

export function sharedEventTable(scenario: Scenario, ev: SharedEvent, only?: string): HTMLElement {
  const answers = only ? ev.answers.filter((a) => a.name === only) : ev.answers;
  const delta = (value: number) =>
    h('td', { class: `num ${value < 0 ? 'delta down' : value > 0 ? 'delta up' : ''}` }, signed(value));
  return h(
    'table',
    { class: 'data-table shared-table', 'data-testid': 'shared-event' },
    h(
      'caption',
      null,
      t(ev.fixed ? 'facilitator.shared.captionFixed' : 'facilitator.shared.captionDrawn', {
        turn: ev.turn,
        title: eventTitle(scenario, ev.eventId),
      }),
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        only ? null : h('th', { scope: 'col' }, t('facilitator.compare.col.team')),
        h('th', { scope: 'col' }, t('facilitator.shared.answer')),
        h('th', { scope: 'col', class: 'num' }, t('facilitator.shared.eventTrust')),
        h('th', { scope: 'col', class: 'num' }, t('facilitator.shared.eventBuyIn')),
        h('th', { scope: 'col', class: 'num' }, t('facilitator.shared.quarterTrust')),
        h('th', { scope: 'col', class: 'num' }, t('facilitator.shared.quarterBuyIn')),
      ),
    ),
    h(
      'tbody',
      null,
      answers.length === 0
        ? h('tr', null, h('td', { colspan: only ? 5 : 6 }, t('facilitator.shared.notReached')))
        : answers.map((a) =>
            h(
              'tr',
              null,
              only ? null : h('th', { scope: 'row' }, a.name),
              h('td', null, answerText(scenario, ev, a.response, a.success)),
              delta(a.eventTrust),
              delta(a.eventBuyIn),
              delta(a.trustDelta),
              delta(a.buyInDelta),
            ),
          ),
    ),
  );
}

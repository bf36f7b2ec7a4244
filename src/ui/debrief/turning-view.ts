// The turning points: the largest moves of trust or buy-in and the model's causes, in plain words.

import { turningPoints } from '../../analysis/turning-points';
import { t } from '../../i18n';
import type { Replay, Scenario } from '../../sim';
import { causeLabel } from '../causes';
import { h } from '../dom';
import { points, signed } from '../format';
import { eventTitle, responseLabel } from './labels';

export function turningView(scenario: Scenario, played: Replay): HTMLElement {
  const found = turningPoints(played, { count: 4, causes: 3 });
  if (found.length === 0) return h('p', { class: 'notice' }, t('debrief.turning.none'));
  return h(
    'ol',
    { class: 'turning-list', 'data-testid': 'turning-points' },
    found.map((p) =>
      h(
        'li',
        { class: `turning-card ${p.delta < 0 ? 'down' : 'up'}` },
        h(
          'h4',
          null,
          t(p.delta < 0 ? 'debrief.turning.headDown' : 'debrief.turning.headUp', {
            turn: p.turn,
            variable: t(`debrief.var.${p.variable}`),
            delta: signed(p.delta),
            from: points(p.before, 1),
            to: points(p.after, 1),
          }),
        ),
        p.event
          ? h(
              'p',
              { class: 'hint' },
              t('debrief.turning.event', { title: eventTitle(scenario, p.event.id) }),
              p.event.response
                ? ` ${t('debrief.turning.answer', { answer: responseLabel(scenario, p.event.id, p.event.response) })}`
                : '',
            )
          : null,
        h(
          'ul',
          { class: 'causes' },
          p.causes.map((c) =>
            h(
              'li',
              null,
              h('span', { class: c.delta < 0 ? 'delta down' : 'delta up' }, signed(c.delta)),
              ' ',
              causeLabel(scenario, c.cause),
            ),
          ),
          Math.abs(p.otherCauses) >= 5
            ? h(
                'li',
                { class: 'hint' },
                h('span', { class: 'delta' }, signed(p.otherCauses)),
                ' ',
                t('debrief.turning.others'),
              )
            : null,
        ),
      ),
    ),
  );
}

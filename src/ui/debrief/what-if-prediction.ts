// The what-if's prediction prompt, a teaching device: before replaying, the player may say what they expect
// (trust higher, about the same or lower; the next phase reached or not), then sees it beside what the
// replay gave. Optional: every choice can be left out, and a button skips it.
import {
  type Direction,
  type Prediction,
  phaseAskedAbout,
  type WhatIfOutcome,
} from '../../analysis/what-if-outcome';
import { t } from '../../i18n';
import type { Replay, Scenario } from '../../sim';
import { h } from '../dom';
import { points, signed } from '../format';
import { phaseLabel } from './labels';

const DIRECTIONS: Direction[] = ['higher', 'same', 'lower'];

/** The question about the phase: reach the next one, or still reach the last one the team reached. */
function reachQuestion(scenario: Scenario, played: Replay): string {
  const asked = phaseAskedAbout(scenario, played.final.phase);
  const key = asked === played.final.phase ? 'stillReach' : 'reach';
  return t(`debrief.whatif.predict.${key}`, { phase: phaseLabel(scenario, asked) });
}

function radios(name: string, legend: string, options: { value: string; label: string }[]): HTMLElement {
  return h(
    'fieldset',
    { class: 'predict-group' },
    h('legend', null, legend),
    h(
      'div',
      { class: 'checks' },
      options.map((o) =>
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'radio', name, value: o.value, 'data-testid': `${name}-${o.value}` }),
          ` ${o.label}`,
        ),
      ),
    ),
  );
}

export function predictionFieldset(scenario: Scenario, played: Replay): HTMLElement {
  return h(
    'fieldset',
    { class: 'what-if-predict', 'data-testid': 'what-if-predict' },
    h('legend', null, t('debrief.whatif.predict.legend')),
    radios(
      'predict-trust',
      t('debrief.whatif.predict.trust'),
      DIRECTIONS.map((d) => ({ value: d, label: t(`debrief.whatif.predict.${d}`) })),
    ),
    radios('predict-reach', reachQuestion(scenario, played), [
      { value: 'yes', label: t('debrief.whatif.predict.yes') },
      { value: 'no', label: t('debrief.whatif.predict.no') },
    ]),
  );
}

export function readPrediction(form: HTMLFormElement): Prediction {
  const data = new FormData(form);
  const trust = data.get('predict-trust');
  const reach = data.get('predict-reach');
  const p: Prediction = {};
  if (trust !== null) p.trust = String(trust) as Direction;
  if (reach !== null) p.reached = reach === 'yes';
  return p;
}

export const predicted = (p: Prediction) => p.trust !== undefined || p.reached !== undefined;

/** "You expected trust higher; it went lower." and the like, for the live region. */
export function predictionSentence(scenario: Scenario, p: Prediction, o: WhatIfOutcome): string {
  const out: string[] = [];
  const word = (d: Direction) => t(`debrief.whatif.predict.${d}`);
  if (p.trust)
    out.push(t('debrief.whatif.predict.sayTrust', { expected: word(p.trust), went: word(o.trust) }));
  if (p.reached !== undefined)
    out.push(
      t(`debrief.whatif.predict.${p.reached ? 'sayReachYes' : 'sayReachNo'}`, {
        phase: phaseLabel(scenario, o.phase),
        went: t(`debrief.whatif.predict.${o.reached ? 'did' : 'didNot'}`),
      }),
    );
  return out.join(' ');
}

/** The prediction beside the outcome, row by row; null when nothing was predicted. */
export function predictionView(
  scenario: Scenario,
  p: Prediction,
  o: WhatIfOutcome,
  trust: { played: number; changed: number },
  endPhase: number,
): HTMLElement | null {
  if (!predicted(p)) return null;
  const none = t('debrief.whatif.predict.none');
  const verdict = (right: boolean) =>
    h(
      'strong',
      { class: right ? 'predict-right' : 'predict-wrong' },
      t(`debrief.whatif.predict.${right ? 'right' : 'wrong'}`),
    );
  const row = (test: string, label: string, expected: string, went: string, right: boolean | null) =>
    h(
      'tr',
      { 'data-testid': test },
      h('th', { scope: 'row' }, label),
      h('td', { 'data-testid': `${test}-expected` }, expected),
      h(
        'td',
        { 'data-testid': `${test}-went` },
        went,
        right === null ? null : h('br'),
        right === null ? null : verdict(right),
      ),
    );
  return h(
    'table',
    { class: 'data-table compact what-if-prediction', 'data-testid': 'what-if-prediction' },
    h('caption', null, t('debrief.whatif.predict.title')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('td', null),
        h('th', { scope: 'col' }, t('debrief.whatif.predict.expected')),
        h('th', { scope: 'col' }, t('debrief.whatif.predict.went')),
      ),
    ),
    h(
      'tbody',
      null,
      row(
        'predict-row-trust',
        t('debrief.whatif.predict.trustRow'),
        p.trust ? t(`debrief.whatif.predict.${p.trust}`) : none,
        t('debrief.whatif.predict.trustWent', {
          direction: t(`debrief.whatif.predict.${o.trust}`),
          trust: points(trust.changed, 1),
          played: points(trust.played, 1),
          delta: signed(o.trustDelta),
        }),
        p.trust ? p.trust === o.trust : null,
      ),
      row(
        'predict-row-reach',
        t('debrief.whatif.predict.reachRow', { phase: phaseLabel(scenario, o.phase) }),
        p.reached === undefined ? none : t(`debrief.whatif.predict.${p.reached ? 'yes' : 'no'}`),
        o.reached
          ? t('debrief.whatif.predict.reached')
          : t('debrief.whatif.predict.notReached', { phase: phaseLabel(scenario, endPhase) }),
        p.reached === undefined ? null : p.reached === o.reached,
      ),
    ),
  );
}

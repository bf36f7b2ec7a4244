// What happened in the quarter just played: a new phase or a failure as a moment of its own, the event's
// outcome, how trust, buy-in, the community and the budget moved, and why (the model's own ledger).
import type { StoreApi } from 'zustand/vanilla';
import { pick, t } from '../i18n';
import { type TurnRecord, toPoints } from '../sim';
import type { GameStore } from '../store/game-store';
import { causeLabel, whyLines } from './causes';
import { h } from './dom';
import { eventTitle } from './event-title';
import { buyInWord, money, signed, trustWord } from './format';

export function reportPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const sc = s.scenario;
  const record = s.records.at(-1)!;
  const before = s.records.at(-2)?.state ?? s.initial!;
  const after = record.state;
  const turns = s.game!.setup.turns ?? sc.turns;
  const event = record.event ? sc.events.find((e) => e.id === record.event!.id) : undefined;
  const response = event?.responses.find((r) => r.id === record.event?.response);

  const moment = momentOf(s, record);
  const change = (label: string, from: string, to: string, delta: number, id: string) =>
    h(
      'div',
      { class: 'change-row', id },
      h('dt', null, label),
      h(
        'dd',
        null,
        from === to ? to : h('span', null, from, ' → ', h('strong', null, to)),
        ' ',
        h('span', { class: `delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat'}` }, signed(delta)),
      ),
    );

  return h(
    'section',
    {
      class: 'screen screen-report',
      'aria-labelledby': 'screen-heading',
      'data-testid': 'screen-report',
      'data-turn': record.turn,
    },
    h('p', { class: 'eyebrow' }, t('play.quarterOf', { turn: record.turn, turns })),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('report.heading', { turn: record.turn })),
    moment,
    h(
      'section',
      { class: 'card why', 'aria-labelledby': 'why-heading', 'data-testid': 'why' },
      h('h2', { id: 'why-heading', class: 'card-title' }, t('report.why')),
      h(
        'ul',
        { class: 'why-list' },
        whyLines(record, before).map((line) =>
          h(
            'li',
            null,
            h('strong', null, t(`report.whyVar.${line.variable}`, { delta: signed(line.total) })),
            ' ',
            line.causes.length === 0
              ? t('report.whyNothing')
              : t('report.whyCauses', {
                  causes: line.causes
                    .map((c) => `${causeLabel(sc, c.cause)} (${signed(c.delta)})`)
                    .join(t('report.joiner')),
                }),
          ),
        ),
      ),
    ),
    event &&
      h(
        'div',
        { class: 'card event-card is-played', 'data-testid': 'event-result' },
        h('h2', { class: 'card-title' }, eventTitle(sc, before.drawn, event.id)),
        (response || record.event!.success !== null) &&
          h(
            'p',
            null,
            response && t('report.answered', { answer: pick(response.label) }),
            record.event!.success === true && h('span', { class: 'good' }, ` ${t('report.gambleWon')}`),
            record.event!.success === false && h('span', { class: 'bad' }, ` ${t('report.gambleLost')}`),
          ),
      ),
    record.dissonance &&
      h('div', { class: 'card incident', 'data-testid': 'incident' }, h('p', null, t('report.dissonance'))),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'changes-heading' },
      h('h2', { id: 'changes-heading', class: 'card-title' }, t('report.changes')),
      h(
        'dl',
        { class: 'changes' },
        change(
          t('report.trust'),
          trustWord(before.vars.trust),
          trustWord(after.vars.trust),
          after.vars.trust - before.vars.trust,
          'change-trust',
        ),
        change(
          t('report.buyIn'),
          buyInWord(before.vars.buyIn),
          buyInWord(after.vars.buyIn),
          after.vars.buyIn - before.vars.buyIn,
          'change-buyin',
        ),
        change(
          t('report.community'),
          t(`report.size.${sizeWord(before.vars.community)}`),
          t(`report.size.${sizeWord(after.vars.community)}`),
          after.vars.community - before.vars.community,
          'change-community',
        ),
        h(
          'div',
          { class: 'change-row', id: 'change-budget' },
          h('dt', null, t('report.budget')),
          h(
            'dd',
            null,
            money(toPoints(before.vars.budget)),
            ' → ',
            h('strong', null, money(toPoints(after.vars.budget))),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions sticky-actions' },
      h(
        'button',
        {
          id: 'next-quarter',
          type: 'button',
          class: 'btn btn-primary btn-big',
          onclick: () => store.getState().nextQuarter(),
        },
        after.ending ? t('report.seeEnding') : t('report.next', { turn: record.turn + 1 }),
        h('kbd', { class: 'shortcut', 'aria-hidden': 'true' }, 'N'),
      ),
    ),
  );
}

/** A community's size in words, from its true level: presentation only. */
export function sizeWord(stored: number): number {
  const p = stored / 100;
  return p < 10 ? 0 : p < 25 ? 1 : p < 45 ? 2 : p < 70 ? 3 : 4;
}

function momentOf(s: GameStore, record: TurnRecord): HTMLElement | null {
  const sc = s.scenario;
  if (record.ending === 'cancelled' || record.ending === 'community-lost')
    return h(
      'div',
      { class: `moment moment-fail`, role: 'alert', 'data-testid': 'moment-fail' },
      h('p', { class: 'moment-title' }, t(`ending.${record.ending}.title`)),
      h('p', null, t(`ending.${record.ending}.moment`)),
    );
  if (record.phaseAfter > record.phaseBefore) {
    const phase = sc.phases[record.phaseAfter]!;
    return h(
      'div',
      { class: 'moment moment-phase', role: 'status', 'data-testid': 'moment-phase' },
      h(
        'p',
        { class: 'moment-title' },
        t('report.newPhase', { n: record.phaseAfter + 1, name: pick(phase.label) }),
      ),
      h('p', null, pick(phase.text)),
    );
  }
  if (record.ending === 'completed')
    return h(
      'div',
      { class: 'moment moment-complete', role: 'status', 'data-testid': 'moment-complete' },
      h('p', { class: 'moment-title' }, t('ending.completed.title')),
      h('p', null, t('ending.completed.moment')),
    );
  return null;
}

// The quarter's decisions: the event to answer (known before deciding), approach, voice, governance,
// what to measure, organisational moves; then the budget and what still stops the turn from being played.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t } from '../i18n';
import { contextOf } from '../sim';
import type { GameStore } from '../store/game-store';
import { budgetPlan, type DraftField, draftProblems, moveViews } from '../store/views';
import { choice, group } from './choice';
import { h } from './dom';
import { money } from './format';

export function decisionPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const sc = s.scenario;
  const state = s.current!;
  const draft = s.draft!;
  const ctx = contextOf(sc, s.game!);
  const turn = state.turn + 1;
  const turns = s.game!.setup.turns ?? sc.turns;
  const plan = budgetPlan(ctx, state, draft);
  const problems = draftProblems(ctx, state, draft);
  const objective = sc.objectives.find((o) => o.id === s.game!.objective)!;
  const event = sc.events.find((e) => e.id === state.pendingEvent);

  const eventCard =
    event &&
    h(
      'div',
      { class: 'card event-card', id: 'event-card', 'data-testid': 'event-card', 'data-event': event.id },
      h('p', { class: 'eyebrow' }, t('play.eventEyebrow')),
      h('h2', { class: 'card-title' }, pick(event.title)),
      h('p', null, pick(event.text)),
      event.responses.length > 0 &&
        group(
          'response-group',
          t('play.response'),
          'E',
          null,
          ...event.responses.map((r) => {
            const afford = r.cost <= plan.budget - plan.governance - plan.moves;
            return choice({
              type: 'radio',
              name: 'response',
              id: `response-${r.id}`,
              value: r.id,
              title: pick(r.label),
              hint: pick(r.hint),
              cost: r.cost,
              checked: draft.response === r.id,
              disabled: !afford && draft.response !== r.id,
              note: afford ? undefined : t('play.tooExpensive'),
              onchange: () => act().setDraft({ response: r.id }),
            });
          }),
        ),
    );

  const radioGroup = (
    field: 'approach' | 'voice' | 'governance',
    key: string,
    options: readonly {
      id: string;
      label: { en: string; fr: string };
      hint: { en: string; fr: string };
      cost?: number;
    }[],
    hint: string | null,
  ) =>
    group(
      `${field}-group`,
      t(`play.${field}`),
      key,
      hint,
      ...options.map((o) =>
        choice({
          type: 'radio',
          name: field,
          id: `${field}-${o.id}`,
          value: o.id,
          title: pick(o.label),
          hint: pick(o.hint),
          cost: o.cost,
          checked: draft[field] === o.id,
          tags:
            field === 'governance' && o.id === state.governance
              ? [{ text: t('play.current'), kind: 'current' }]
              : [],
          onchange: () => act().setDraft({ [field]: o.id }),
        }),
      ),
    );

  const govChange = sc.tuning.governanceChange;
  const measureFull = draft.measure.length >= sc.measure.max;
  const measureGroup = group(
    'measure-group',
    t('play.measure', { max: sc.measure.max }),
    'M',
    t('play.measureHint', { count: draft.measure.length, max: sc.measure.max }),
    h(
      'div',
      { class: 'choice-grid' },
      sc.measure.kpis.map((k) => {
        const checked = draft.measure.includes(k.id);
        const tags: { text: string; kind: string }[] = [{ text: t(`play.kind.${k.kind}`), kind: k.kind }];
        if (objective.alignedKpis.includes(k.id)) tags.push({ text: t('play.aligned'), kind: 'aligned' });
        return choice({
          type: 'checkbox',
          name: 'measure',
          id: `measure-${k.id}`,
          value: k.id,
          title: pick(k.label),
          hint: pick(k.hint),
          checked,
          disabled: !checked && measureFull,
          tags,
          onchange: () => act().toggleMeasure(k.id),
        });
      }),
    ),
  );

  const movesGroup = group(
    'moves-group',
    t('play.moves', { max: sc.maxMovesPerTurn }),
    'O',
    t('play.movesHint'),
    ...moveViews(ctx, state, draft).map((v) => {
      const tags =
        v.block === 'held'
          ? [{ text: t('play.inPlace'), kind: 'held' }]
          : v.move.minPhase > 0
            ? [
                {
                  text: t('play.fromPhase', { name: pick(sc.phases[v.move.minPhase]!.label) }),
                  kind: 'phase',
                },
              ]
            : [];
      let note: string | undefined;
      if (v.block === 'phase')
        note = t('play.block.phase', { name: pick(sc.phases[v.move.minPhase]!.label) });
      else if (v.block === 'requires')
        note = t('play.block.requires', {
          moves: v.missing.map((id) => pick(sc.moves.find((m) => m.id === id)!.label)).join(', '),
        });
      else if (v.block === 'budget') note = t('play.block.budget');
      else if (v.block === 'limit') note = t('play.block.limit', { max: sc.maxMovesPerTurn });
      return choice({
        type: 'checkbox',
        name: 'moves',
        id: `move-${v.move.id}`,
        value: v.move.id,
        title: pick(v.move.label),
        hint: pick(v.move.hint),
        cost: v.move.cost,
        checked: v.selected || v.block === 'held',
        disabled: v.block !== null,
        tags,
        note,
        onchange: () => act().toggleMove(v.move.id),
      });
    }),
  );

  const row = (label: string, amount: number) =>
    amount !== 0 && h('div', { class: 'sum-row' }, h('dt', null, label), h('dd', null, money(amount)));
  const budget = h(
    'section',
    { class: 'card budget', id: 'budget-summary', 'aria-labelledby': 'budget-heading' },
    h('h2', { id: 'budget-heading', class: 'card-title' }, t('play.budgetHeading')),
    h(
      'dl',
      { class: 'sums' },
      h(
        'div',
        { class: 'sum-row' },
        h('dt', null, t('play.budgetNow')),
        h('dd', { id: 'budget-now' }, money(plan.budget)),
      ),
      row(t('play.costApproach'), plan.approach + plan.voice),
      row(t('play.costGovernance'), plan.governance),
      row(t('play.costMoves'), plan.moves),
      row(t('play.costResponse'), plan.response),
      h(
        'div',
        { class: `sum-row sum-total${plan.left < 0 ? ' is-negative' : ''}` },
        h('dt', null, t('play.budgetLeft')),
        h('dd', { id: 'budget-left' }, money(Math.max(0, plan.left))),
      ),
    ),
    plan.underfunded && h('p', { class: 'warning' }, t('play.underfunded')),
    h('p', { class: 'hint' }, t('play.allowance')),
  );

  const problemText = (f: DraftField) => t(`play.problem.${f}`);
  const ready = problems.length === 0;
  const confirm = h(
    'button',
    {
      id: 'confirm-turn',
      type: 'button',
      class: 'btn btn-primary btn-big',
      'aria-disabled': ready ? 'false' : 'true',
      'aria-describedby': ready ? undefined : 'problems',
      onclick: () => {
        if (ready) act().confirmTurn();
        else focusProblem(problems[0]!);
      },
    },
    t('play.confirm', { turn }),
    h('kbd', { class: 'shortcut', 'aria-hidden': 'true' }, 'P'),
  );

  return h(
    'section',
    {
      class: 'screen screen-play',
      'aria-labelledby': 'screen-heading',
      'data-testid': 'screen-play',
      'data-turn': turn,
    },
    h(
      'p',
      { class: 'eyebrow' },
      t('play.quarterOf', { turn, turns }),
      ' · ',
      pick(sc.phases[state.phase]!.label),
    ),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('play.heading', { turn })),
    eventCard,
    radioGroup('approach', 'A', sc.approaches, null),
    radioGroup('voice', 'V', sc.voices, null),
    radioGroup(
      'governance',
      'G',
      sc.governances,
      t('play.governanceHint', { cost: govChange.budget ? -govChange.budget : 0 }),
    ),
    measureGroup,
    movesGroup,
    budget,
    !ready &&
      h(
        'div',
        { class: 'problems', id: 'problems' },
        h('p', null, t('play.missing')),
        h(
          'ul',
          null,
          problems.map((f) => h('li', null, problemText(f))),
        ),
      ),
    h('div', { class: 'actions sticky-actions' }, confirm),
  );
}

const GROUP_OF: Record<DraftField, string> = {
  approach: 'approach-group',
  voice: 'voice-group',
  governance: 'governance-group',
  measure: 'measure-group',
  moves: 'moves-group',
  response: 'response-group',
  turn: 'confirm-turn',
};

/** Puts focus in a group: on its checked radio (a radio group's tab stop), else its first enabled control. */
export function focusGroup(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target =
    el.querySelector<HTMLInputElement>('input[type="radio"]:checked:not(:disabled)') ??
    el.querySelector<HTMLInputElement>('input:not(:disabled)') ??
    (el instanceof HTMLButtonElement ? el : null);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

function focusProblem(field: DraftField): void {
  focusGroup(GROUP_OF[field]);
}

// The quarter's decisions: the event to answer (known before deciding), approach, voice, governance,
// what to measure, organisational moves; then the budget and what still stops the turn from being played.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t, tn } from '../i18n';
import { contextOf, type OptionVerdict, toPoints, turnOptions } from '../sim';
import type { GameStore } from '../store/game-store';
import { budgetPlan, carriedFields, type DraftField, draftProblems } from '../store/views';
import { blockNote } from './block-note';
import { carriedSummary } from './carried-summary';
import { choice, group } from './choice';
import { h } from './dom';
import { eventTitle } from './event-title';
import { focusGroup } from './focus-group';
import { money } from './format';

export function decisionPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const sc = s.scenario;
  const state = s.current!;
  const draft = s.draft!;
  const ctx = contextOf(sc, s.game!);
  const turn = state.turn + 1;
  const turns = s.game!.setup.turns ?? sc.turns;
  // What may be chosen, and why not, is the sim's answer; the panel only shows it.
  const menu = turnOptions(ctx, state, draft);
  const plan = budgetPlan(ctx, state, draft, menu);
  const verdictOf = (list: readonly OptionVerdict[] | null, id: string) => list?.find((o) => o.id === id);
  const problems = draftProblems(ctx, state, draft);
  const objective = sc.objectives.find((o) => o.id === s.game!.objective)!;
  const event = sc.events.find((e) => e.id === state.pendingEvent);
  // Folded: last quarter's standing choices the draft still carries, and the moves already in place.
  const carried = s.carriedOpen ? [] : carriedFields(draft, s.game!.turns.at(-1), problems);
  const isHeld = (v: OptionVerdict) => v.blocks[0]?.reason === 'held' && !v.selected;
  const heldFolded = s.carriedOpen ? [] : menu.moves.filter(isHeld).map((v) => v.id);
  // Moves of a later phase are only named, with the phase they need: their details come with the phase.
  const isLater = (v: OptionVerdict) => !v.selected && v.blocks[0]?.reason === 'phase';
  const shown = (field: 'approach' | 'voice' | 'governance' | 'measure') => !carried.includes(field);

  const eventCard =
    event &&
    h(
      'div',
      { class: 'card event-card', id: 'event-card', 'data-testid': 'event-card', 'data-event': event.id },
      h('p', { class: 'eyebrow' }, t('play.eventEyebrow')),
      h('h2', { class: 'card-title' }, eventTitle(sc, state.drawn, event.id)),
      h('p', null, pick(event.text)),
      event.responses.length > 0 &&
        group(
          'response-group',
          t('play.response'),
          'E',
          null,
          ...event.responses.map((r) => {
            const v = verdictOf(menu.responses, r.id);
            const block = v?.blocks[0];
            return choice({
              type: 'radio',
              name: 'response',
              id: `response-${r.id}`,
              value: r.id,
              title: pick(r.label),
              hint: pick(r.hint),
              cost: r.cost,
              checked: draft.response === r.id,
              disabled: !!block && !v?.selected,
              note: block && blockNote(sc, block),
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
          disabled: !verdictOf(menu[field], o.id)?.allowed && draft[field] !== o.id,
          note: noteOf(sc, verdictOf(menu[field], o.id), field),
          tags:
            field === 'governance' && o.id === state.governance
              ? [{ text: t('play.current'), kind: 'current' }]
              : [],
          onchange: () => act().setDraft({ [field]: o.id }),
        }),
      ),
    );

  const govChange = sc.tuning.governanceChange;
  const measureGroup = group(
    'measure-group',
    t('play.measure', { max: sc.measure.max }),
    'M',
    tn('play.measureHint', draft.measure.length, { max: sc.measure.max }),
    h(
      'div',
      { class: 'choice-grid' },
      sc.measure.kpis.map((k) => {
        const v = verdictOf(menu.measure, k.id);
        const checked = !!v?.selected;
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
          disabled: !checked && !v?.allowed,
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
    // Until a move is in place: then the "In place" line says it.
    state.moves.length === 0 ? t('play.movesHint') : null,
    ...menu.moves
      .filter((v) => !heldFolded.includes(v.id) && !isLater(v))
      .map((v) => {
        const move = sc.moves.find((m) => m.id === v.id)!;
        const held = isHeld(v);
        const tags = held
          ? [{ text: t('play.inPlace'), kind: 'held' }]
          : move.minPhase > state.phase
            ? [{ text: t('play.fromPhase', { name: pick(sc.phases[move.minPhase]!.label) }), kind: 'phase' }]
            : [];
        return choice({
          type: 'checkbox',
          name: 'moves',
          id: `move-${move.id}`,
          value: move.id,
          title: pick(move.label),
          hint: pick(move.hint),
          cost: move.cost,
          checked: v.selected || held,
          disabled: !v.allowed && !v.selected,
          tags,
          note: held ? undefined : noteOf(sc, v),
          onchange: () => act().toggleMove(move.id),
        });
      }),
    ...laterMoves(sc, menu.moves.filter(isLater)),
  );

  // The budget rides in the play bar, in view while the moves and the answer are ticked.
  const pair = (label: string, value: string, id?: string, cls = '') =>
    h('div', { class: `bar-pair${cls}` }, h('dt', null, label), h('dd', { id }, value));
  const budget = h(
    'dl',
    { class: 'bar-budget', id: 'budget-summary', 'aria-label': t('play.budgetHeading') },
    pair(t('play.bar.available'), money(plan.budget), 'budget-now'),
    plan.total !== 0 && pair(t('play.bar.costs'), money(plan.total), 'budget-costs'),
    pair(
      t('play.bar.left'),
      money(Math.max(0, plan.left)),
      'budget-left',
      plan.left < 0 ? ' is-negative' : '',
    ),
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
      s.game!.branch && ` · ${t('play.branch', { from: s.game!.branch.from })}`,
    ),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t('play.heading', { turn })),
    eventCard,
    carriedSummary(store, sc, turn, draft, carried, heldFolded),
    shown('approach') && radioGroup('approach', 'A', sc.approaches, null),
    shown('voice') && radioGroup('voice', 'V', sc.voices, null),
    shown('governance') &&
      radioGroup(
        'governance',
        'G',
        sc.governances,
        t('play.governanceHint', { cost: govChange.budget ? -govChange.budget : 0 }),
      ),
    shown('measure') && measureGroup,
    movesGroup,
    // Said once, in the first quarter: later it only lengthens the panel.
    turn === 1 && h('p', { class: 'hint' }, t('play.allowance')),
    // What is still missing sits with the button it holds back, in view wherever the panel is scrolled.
    h(
      'div',
      { class: 'actions sticky-actions' },
      budget,
      plan.underfunded && h('p', { class: 'warning bar-line' }, t('play.underfunded')),
      !ready &&
        h(
          'div',
          { class: 'problems', id: 'problems' },
          h('span', null, t('play.missing')),
          ' ',
          h(
            'ul',
            { class: 'inline-list' },
            problems.map((f) => h('li', null, problemText(f))),
          ),
        ),
      confirm,
    ),
  );
}

/** The moves a later phase opens, one line per phase: named with their cost, not yet to be chosen. */
function laterMoves(sc: GameStore['scenario'], later: readonly OptionVerdict[]): HTMLElement[] {
  const byPhase = new Map<number, string[]>();
  for (const v of later) {
    const b = v.blocks[0];
    if (b?.reason !== 'phase') continue;
    const move = sc.moves.find((m) => m.id === v.id)!;
    byPhase.set(b.phase, [...(byPhase.get(b.phase) ?? []), `${pick(move.label)} (${money(move.cost)})`]);
  }
  return [...byPhase].map(([phase, names]) =>
    h(
      'p',
      { class: 'hint later-moves', 'data-testid': `later-moves-${phase}` },
      t('play.later', { name: pick(sc.phases[phase]!.label), moves: names.join(', ') }),
    ),
  );
}

/** The note under an option that cannot be chosen (none for a KPI: the limit is in the group's hint). */
function noteOf(sc: GameStore['scenario'], v: OptionVerdict | undefined, field?: string): string | undefined {
  const b = v?.blocks[0];
  if (!b) return undefined;
  // A change of governance is refused for what it leaves the moves and answer already chosen.
  if (field === 'governance' && b.reason === 'budget')
    return t('play.block.governance', { short: money(toPoints(b.short)) });
  return blockNote(sc, b) || undefined;
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

function focusProblem(field: DraftField): void {
  focusGroup(GROUP_OF[field]);
}

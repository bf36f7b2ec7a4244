// What-if: pick a turn, change what was decided, say how far the change goes (that quarter only, or every
// quarter from it on), optionally predict the outcome, replay the same seed from there, and see both
// stories. Only legal choices are offered (with 'from', a move not possible yet may wait for a later
// quarter); the later turns are adjusted by the rules in src/analysis/what-if.ts and every adjustment and
// refusal is said in plain words.
import './what-if.css';
import { stateBefore, type WhatIfResult, type WhatIfScope, whatIf } from '../../analysis/what-if';
import { outcomeOf, type Prediction } from '../../analysis/what-if-outcome';
import { t } from '../../i18n';
import {
  contextOf,
  GameError,
  type GameRecord,
  keepAllowed,
  type OptionVerdict,
  type Replay,
  type Scenario,
  type TurnDecision,
  turnOptions,
} from '../../sim';
import { h } from '../dom';
import { points } from '../format';
import {
  approachLabel,
  eventTitle,
  governanceLabel,
  kpiLabel,
  moveLabel,
  phaseLabel,
  responseLabel,
  voiceLabel,
} from './labels';
import { predicted, predictionFieldset, predictionSentence, readPrediction } from './what-if-prediction';
import { whatIfResultView } from './what-if-result';

export function whatIfView(scenario: Scenario, game: GameRecord, played: Replay): HTMLElement {
  const root = h('div', { class: 'what-if', 'data-testid': 'what-if' });
  // The short outcome, said by screen readers; the full result follows it in the page.
  const status = h('p', { class: 'what-if-status', role: 'status', 'data-testid': 'what-if-status' });
  const result = h('div', { class: 'what-if-result', 'data-testid': 'what-if-result' });
  const formHost = h('div');
  let turn = 1;
  let scope: WhatIfScope = 'only';

  const turnSelect = h(
    'select',
    {
      id: 'what-if-turn',
      onchange: (e: Event) => {
        turn = Number((e.target as HTMLSelectElement).value);
        renderForm();
      },
    },
    played.records.map((r) => h('option', { value: r.turn }, t('debrief.turnShort', { turn: r.turn }))),
  );

  function renderForm() {
    formHost.replaceChildren(
      decisionForm(
        scenario,
        game,
        played,
        turn,
        scope,
        (s) => {
          scope = s;
        },
        run,
      ),
    );
  }

  function run(decision: TurnDecision, prediction: Prediction) {
    let out: WhatIfResult;
    try {
      out = whatIf(scenario, game, turn, decision, played, scope);
    } catch (e) {
      if (!(e instanceof GameError)) throw e;
      status.textContent = '';
      result.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          t('debrief.whatif.illegal'),
          ' ',
          e.problems.map((p) => p.message).join('; ') || e.message,
        ),
      );
      return;
    }
    const outcome = outcomeOf(scenario, out);
    const c = out.changed.final;
    status.textContent = [
      t(scope === 'from' ? 'debrief.whatif.replayedFrom' : 'debrief.whatif.replayedOnly', {
        turn,
        trust: points(c.vars.trust, 1),
        played: points(played.final.vars.trust, 1),
        phase: phaseLabel(scenario, c.phase),
      }),
      predicted(prediction) ? predictionSentence(scenario, prediction, outcome) : '',
    ]
      .filter(Boolean)
      .join(' ');
    result.replaceChildren(whatIfResultView(scenario, out, prediction, outcome));
  }

  renderForm();
  root.append(
    h('p', { class: 'hint' }, t('debrief.whatif.intro')),
    h(
      'div',
      { class: 'field row' },
      h('label', { for: 'what-if-turn' }, t('debrief.whatif.turn')),
      turnSelect,
    ),
    formHost,
    status,
    result,
  );
  return root;
}

/** That quarter only, or every quarter from it on. */
function scopeFieldset(turn: number, scope: WhatIfScope): HTMLElement {
  const option = (value: WhatIfScope, label: string) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'radio',
        name: 'wi-scope',
        value,
        checked: scope === value,
        id: `wi-scope-${value}`,
      }),
      ` ${label}`,
    );
  return h(
    'fieldset',
    { class: 'what-if-scope' },
    h('legend', null, t('debrief.whatif.scope')),
    h(
      'div',
      { class: 'checks' },
      option('only', t('debrief.whatif.scopeOnly', { turn })),
      option('from', t('debrief.whatif.scopeFrom', { turn })),
    ),
    h(
      'p',
      { class: 'hint', id: 'wi-scope-hint', hidden: scope !== 'from' },
      t('debrief.whatif.scopeFromHint'),
    ),
  );
}

function decisionForm(
  scenario: Scenario,
  game: GameRecord,
  played: Replay,
  turn: number,
  initialScope: WhatIfScope,
  onScope: (s: WhatIfScope) => void,
  run: (d: TurnDecision, p: Prediction) => void,
): HTMLElement {
  const own = game.turns[turn - 1]!;
  const state = stateBefore(played, turn);
  const select = (id: string, label: string, options: { id: string; label: string }[], value: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, name: id },
        options.map((o) => h('option', { value: o.id, selected: o.id === value }, o.label)),
      ),
    );
  const measureBoxes = scenario.measure.kpis.map((k) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'measure', value: k.id, checked: own.measure.includes(k.id) }),
      ` ${kpiLabel(scenario, k.id)}`,
    ),
  );
  // Moves in place before this quarter are not offered; the others are enabled as the sim allows them.
  const ctx = contextOf(scenario, game);
  const inPlace = turnOptions(ctx, state, own)
    .moves.filter((v) => !v.selected && v.blocks.some((b) => b.reason === 'held'))
    .map((v) => v.id);
  const moveBoxes = scenario.moves
    .filter((m) => !inPlace.includes(m.id))
    .map((m) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name: 'moves', value: m.id, checked: own.moves.includes(m.id) }),
        ` ${moveLabel(scenario, m.id)} (${t('debrief.whatif.cost', { cost: m.cost })})`,
        h('span', { class: 'hint', 'data-why': m.id }),
      ),
    );
  const event = state.pendingEvent ? scenario.events.find((e) => e.id === state.pendingEvent) : undefined;
  const form = h(
    'form',
    { class: 'what-if-form', novalidate: true },
    scopeFieldset(turn, initialScope),
    h(
      'div',
      { class: 'form-grid' },
      select(
        'wi-approach',
        t('debrief.whatif.approach'),
        scenario.approaches.map((a) => ({ id: a.id, label: approachLabel(scenario, a.id) })),
        own.approach,
      ),
      select(
        'wi-voice',
        t('debrief.whatif.voice'),
        scenario.voices.map((v) => ({ id: v.id, label: voiceLabel(scenario, v.id) })),
        own.voice,
      ),
      select(
        'wi-governance',
        t('debrief.whatif.governance'),
        scenario.governances.map((g) => ({ id: g.id, label: governanceLabel(scenario, g.id) })),
        own.governance,
      ),
      event && event.responses.length > 0
        ? select(
            'wi-response',
            t('debrief.whatif.response', { event: eventTitle(scenario, event.id) }),
            event.responses.map((r) => ({ id: r.id, label: responseLabel(scenario, event.id, r.id) })),
            own.response ?? event.defaultResponse ?? event.responses[0]!.id,
          )
        : null,
    ),
    h(
      'fieldset',
      null,
      h('legend', null, t('debrief.whatif.measure', { max: scenario.measure.max })),
      h('div', { class: 'checks' }, measureBoxes),
    ),
    moveBoxes.length > 0
      ? h(
          'fieldset',
          null,
          h('legend', null, t('debrief.whatif.moves', { max: scenario.maxMovesPerTurn })),
          h('div', { class: 'checks' }, moveBoxes),
        )
      : null,
    predictionFieldset(scenario, played),
    h(
      'div',
      { class: 'row actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', id: 'what-if-run' }, t('debrief.whatif.run')),
      h('button', { type: 'submit', class: 'btn', id: 'what-if-skip' }, t('debrief.whatif.predict.skip')),
    ),
  );
  const scopeNow = (): WhatIfScope => (new FormData(form).get('wi-scope') === 'from' ? 'from' : 'only');
  const read = (): TurnDecision => {
    const data = new FormData(form);
    const decision: TurnDecision = {
      approach: String(data.get('wi-approach')),
      voice: String(data.get('wi-voice')),
      governance: String(data.get('wi-governance')),
      measure: keepOrder(own.measure, data.getAll('measure').map(String)),
      moves: keepOrder(own.moves, data.getAll('moves').map(String)),
    };
    if (data.has('wi-response')) decision.response = String(data.get('wi-response'));
    return decision;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const skip = (e as SubmitEvent).submitter?.id === 'what-if-skip';
    run(read(), skip ? {} : readPrediction(form));
  });
  // As boxes are ticked, offer only what the sim allows with the rest of the form (options.ts). With 'from',
  // a move this quarter cannot take stays on offer: the what-if makes it in the first later quarter it can,
  // and the rest of the form is judged with the moves this quarter does take (the engine's own rule).
  form.addEventListener('change', (e) => {
    const scope = scopeNow();
    onScope(scope);
    const target = e.target as HTMLInputElement | null;
    const scopeChanged = target?.name === 'wi-scope';
    form.querySelector<HTMLElement>('#wi-scope-hint')!.hidden = scope !== 'from';
    const wanted = read();
    const taken = keepAllowed(ctx, state, { ...wanted, moves: [] }, 'moves', wanted.moves).draft;
    const menu = turnOptions(ctx, state, scope === 'from' ? taken : wanted);
    const canWait = (v: OptionVerdict) => scope === 'from' && !v.blocks.some((b) => b.reason === 'held');
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="moves"]')) {
      const v = menu.moves.find((o) => o.id === box.value);
      const waits = !!v && (box.checked ? !taken.moves.includes(box.value) : !v.allowed) && canWait(v);
      // Back to one quarter only: a move that was waiting for a later quarter is no longer possible.
      if (scopeChanged && scope === 'only' && box.checked && !taken.moves.includes(box.value))
        box.checked = false;
      box.disabled = !box.checked && !v?.allowed && !waits;
      box.closest('label')?.classList.toggle('unavailable', box.disabled);
      const why = form.querySelector(`[data-why="${box.value}"]`);
      if (why)
        why.textContent =
          box.disabled && v ? ` – ${whyNot(v)}` : waits ? ` – ${t('debrief.whatif.later', { turn })}` : '';
    }
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="measure"]')) {
      const v = menu.measure.find((o) => o.id === box.value);
      box.disabled = !box.checked && !v?.allowed;
      box.closest('label')?.classList.toggle('unavailable', box.disabled);
    }
    for (const option of form.querySelectorAll<HTMLOptionElement>('#wi-response option')) {
      const v = menu.responses?.find((o) => o.id === option.value);
      option.disabled = !option.selected && !v?.allowed;
    }
  });
  form.dispatchEvent(new Event('change'));
  return form;
}

/** Why the what-if cannot offer an option, in a few words. */
function whyNot(v: OptionVerdict): string {
  const reason = v.blocks[0]?.reason;
  return reason === 'budget' ? t('debrief.whatif.tooExpensive') : t('debrief.whatif.notYet');
}

/** The ticked ids, in the order the team listed them, then new ones in the scenario's order. */
function keepOrder(before: readonly string[], ticked: readonly string[]): string[] {
  return [...before.filter((id) => ticked.includes(id)), ...ticked.filter((id) => !before.includes(id))];
}

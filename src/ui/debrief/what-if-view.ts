// What-if: pick a turn, change what was decided, replay the same seed from there, and see both stories.
// Only legal choices are offered; the later turns are adjusted by the rules in src/analysis/what-if.ts
// and every adjustment is said in plain words.

import { type Adjustment, stateBefore, type WhatIfResult, whatIf } from '../../analysis/what-if';
import { t } from '../../i18n';
import {
  contextOf,
  encodeResultCode,
  GameError,
  type GameRecord,
  type OptionVerdict,
  type Replay,
  type Scenario,
  type TurnDecision,
  toPoints,
  turnOptions,
} from '../../sim';
import { h } from '../dom';
import { points } from '../format';
import { lineChart } from './chart';
import { turnLabels } from './gps-view';
import {
  approachLabel,
  endingLabel,
  eventTitle,
  governanceLabel,
  kpiLabel,
  moveLabel,
  phaseLabel,
  responseLabel,
  voiceLabel,
} from './labels';

export function whatIfView(scenario: Scenario, game: GameRecord, played: Replay): HTMLElement {
  const root = h('div', { class: 'what-if', 'data-testid': 'what-if' });
  const result = h('div', {
    class: 'what-if-result',
    'aria-live': 'polite',
    'data-testid': 'what-if-result',
  });
  const formHost = h('div');
  let turn = 1;

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
    formHost.replaceChildren(decisionForm(scenario, game, played, turn, run));
  }

  function run(decision: TurnDecision) {
    let out: WhatIfResult;
    try {
      out = whatIf(scenario, game, turn, decision, played);
    } catch (e) {
      if (!(e instanceof GameError)) throw e;
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
    result.replaceChildren(resultView(scenario, out));
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
    result,
  );
  return root;
}

function decisionForm(
  scenario: Scenario,
  game: GameRecord,
  played: Replay,
  turn: number,
  run: (d: TurnDecision) => void,
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
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'what-if-run' }, t('debrief.whatif.run')),
  );
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
    run(read());
  });
  // As boxes are ticked, offer only what the sim allows with the rest of the form (options.ts).
  form.addEventListener('change', () => {
    const menu = turnOptions(ctx, state, read());
    const apply = (name: string, options: readonly OptionVerdict[]) => {
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
        const v = options.find((o) => o.id === box.value);
        box.disabled = !box.checked && !v?.allowed;
        box.closest('label')?.classList.toggle('unavailable', box.disabled);
        const why = form.querySelector(`[data-why="${box.value}"]`);
        if (why) why.textContent = box.disabled && v ? ` – ${whyNot(v)}` : '';
      }
    };
    apply('measure', menu.measure);
    apply('moves', menu.moves);
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

function adjustmentText(scenario: Scenario, a: Adjustment, result: WhatIfResult): string {
  const event = result.changed.records[a.turn - 1]?.event?.id ?? '';
  const name = (id: string) =>
    a.field === 'moves'
      ? moveLabel(scenario, id)
      : a.field === 'response'
        ? responseLabel(scenario, event, id)
        : a.field === 'governance'
          ? governanceLabel(scenario, id)
          : id;
  return t(`debrief.whatif.adjust.${a.reason}`, { turn: a.turn, from: name(a.from), to: name(a.to) });
}

function resultView(scenario: Scenario, r: WhatIfResult): HTMLElement {
  const length = Math.max(r.original.records.length, r.changed.records.length) + 1;
  const labels = turnLabels(length);
  const values = (played: Replay, v: 'trust' | 'buyIn') => {
    const list: (number | null)[] = [played.initial, ...played.records.map((x) => x.state)].map((s) =>
      toPoints(s.vars[v]),
    );
    while (list.length < length) list.push(null);
    return list;
  };
  const chart = (v: 'trust' | 'buyIn', tone: number) =>
    lineChart({
      title: t(`debrief.whatif.chart.${v}`),
      desc: t('debrief.whatif.chartDesc', { turn: r.turn }),
      xLabels: labels,
      xName: t('debrief.timeline.turn'),
      tableCaption: t('debrief.chart.table'),
      markers: [{ x: r.turn - 1, label: t('debrief.whatif.changedHere') }],
      series: [
        { label: t('debrief.whatif.asPlayed'), values: values(r.original, v), tone, strong: true },
        {
          label: t('debrief.whatif.whatIf'),
          values: values(r.changed, v),
          tone: tone + 4,
          line: 'dashed',
          strong: true,
        },
      ],
    });
  const o = r.original.final;
  const c = r.changed.final;
  const row = (label: string, a: string, b: string, test: string, raw?: number) =>
    h(
      'tr',
      null,
      h('th', { scope: 'row' }, label),
      h('td', null, a),
      h('td', { 'data-testid': test, 'data-value': raw ?? '' }, b),
    );
  let code = '';
  try {
    code = encodeResultCode(scenario, r.game);
  } catch {
    code = '';
  }
  return h(
    'div',
    null,
    h(
      'table',
      { class: 'data-table compact' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, ''),
          h('th', { scope: 'col' }, t('debrief.whatif.asPlayed')),
          h('th', { scope: 'col' }, t('debrief.whatif.whatIf')),
        ),
      ),
      h(
        'tbody',
        null,
        row(t('debrief.summary.ending'), endingLabel(o.ending), endingLabel(c.ending), 'wi-ending'),
        row(
          t('debrief.summary.phase'),
          phaseLabel(scenario, o.phase),
          phaseLabel(scenario, c.phase),
          'wi-phase',
          c.phase,
        ),
        row(
          t('debrief.var.trust'),
          points(o.vars.trust, 1),
          points(c.vars.trust, 1),
          'wi-trust',
          c.vars.trust,
        ),
        row(
          t('debrief.var.buyIn'),
          points(o.vars.buyIn, 1),
          points(c.vars.buyIn, 1),
          'wi-buyin',
          c.vars.buyIn,
        ),
        row(t('debrief.var.reach'), points(o.reach, 1), points(c.reach, 1), 'wi-reach', c.reach),
      ),
    ),
    h('div', { class: 'chart-pair' }, chart('trust', 0), chart('buyIn', 1)),
    r.adjustments.length > 0
      ? h(
          'div',
          null,
          h('h4', null, t('debrief.whatif.adjustedTitle')),
          h(
            'ul',
            { class: 'adjustments' },
            r.adjustments.map((a) => h('li', null, adjustmentText(scenario, a, r))),
          ),
        )
      : h('p', { class: 'hint' }, t('debrief.whatif.noAdjustment')),
    code
      ? h(
          'p',
          { class: 'hint' },
          t('debrief.whatif.code'),
          ' ',
          h('code', { class: 'result-code', 'data-testid': 'what-if-code' }, code),
        )
      : null,
  );
}

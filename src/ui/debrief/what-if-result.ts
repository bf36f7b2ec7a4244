// The what-if's result: the prediction beside the outcome, both stories side by side (table and charts
// with the changed quarters marked on the x axis), what the change could not do in later quarters and
// why, what had to change in the team's own later choices, and the what-if's result code to copy.

import type { Adjustment, Refusal, WhatIfResult } from '../../analysis/what-if';
import type { Prediction, WhatIfOutcome } from '../../analysis/what-if-outcome';
import { t } from '../../i18n';
import { type Block, encodeResultCode, type Replay, type Scenario, toPoints } from '../../sim';
import { blockNote } from '../block-note';
import { copyText, selectText } from '../clipboard';
import { h } from '../dom';
import { money, points } from '../format';
import { lineChart, type TickMarkKind } from './chart';
import { turnLabels } from './gps-view';
import { endingLabel, eventTitle, governanceLabel, moveLabel, phaseLabel, responseLabel } from './labels';
import { predictionView } from './what-if-prediction';

/** Quarters as players read them, consecutive ones as a range: "Q3–Q6, Q9". */
export function turnsText(turns: readonly number[]): string {
  const sorted = [...new Set(turns)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(
      i === j
        ? t('debrief.turnShort', { turn: sorted[i]! })
        : t('debrief.whatif.turnRange', { first: sorted[i]!, last: sorted[j]! }),
    );
    i = j + 1;
  }
  return parts.join(', ');
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);

/** The quarters that could not take all of the change: refusals, and those never played. */
function refusedTurns(r: WhatIfResult): number[] {
  return [...r.refusals.map((x) => x.turn), ...(r.unplayed ? range(r.unplayed.first, r.unplayed.last) : [])];
}

function why(scenario: Scenario, x: Refusal): string {
  return (
    x.blocks
      .map((b) => blockNote(scenario, b))
      .filter(Boolean)
      .join(' ') || t('debrief.whatif.refusedBudget')
  );
}

/**
 * Why a move of the change waited, reason by reason with the quarters it held for: "Q1–Q12: Needs the
 * Social marketing phase." A budget short by different amounts is said once, from the least to the most.
 */
function moveReasons(scenario: Scenario, refusals: readonly Refusal[]): HTMLElement[] {
  const groups = new Map<string, { turns: number[]; blocks: Block[] }>();
  for (const x of refusals)
    for (const b of x.blocks) {
      const key = b.reason === 'budget' ? 'budget' : JSON.stringify(b);
      const g = groups.get(key) ?? { turns: [], blocks: [] };
      g.turns.push(x.turn);
      g.blocks.push(b);
      groups.set(key, g);
    }
  return [...groups.values()].map((g) => {
    const shorts = g.blocks.map((b) => (b.reason === 'budget' ? b.short : 0));
    const min = Math.min(...shorts);
    const max = Math.max(...shorts);
    const text =
      g.blocks[0]!.reason === 'budget' && min !== max
        ? t('debrief.whatif.refusedBudgetRange', { min: money(toPoints(min)), max: money(toPoints(max)) })
        : blockNote(scenario, g.blocks[0]!) || t('debrief.whatif.refusedBudget');
    return h('li', null, t('debrief.whatif.refusedWhy', { turns: turnsText(g.turns), why: text }));
  });
}

/** What the change could not do, in plain words: each waiting move with its reasons, then the rest. */
function refusalItems(scenario: Scenario, r: WhatIfResult): HTMLElement[] {
  const items: HTMLElement[] = [];
  const moves = [...new Set(r.refusals.filter((x) => x.field === 'moves').map((x) => x.id))];
  for (const id of moves) {
    const refused = r.refusals.filter((y) => y.field === 'moves' && y.id === id);
    const name = moveLabel(scenario, id);
    const madeIn = r.game.turns.findIndex((d, i) => i >= r.turn - 1 && d.moves.includes(id)) + 1;
    items.push(
      h(
        'li',
        null,
        t('debrief.whatif.refusedMove', { name, turns: turnsText(refused.map((x) => x.turn)) }),
        h('ul', null, moveReasons(scenario, refused)),
        madeIn > 0
          ? t('debrief.whatif.madeIn', { name, turn: madeIn })
          : t('debrief.whatif.neverMade', { name }),
      ),
    );
  }
  for (const x of r.refusals) {
    if (x.field === 'response') {
      const event = r.changed.records[x.turn - 1]?.event?.id ?? '';
      const given = r.game.turns[x.turn - 1]?.response ?? '';
      items.push(
        h(
          'li',
          null,
          t('debrief.whatif.refusedResponse', {
            turn: x.turn,
            event: eventTitle(scenario, event),
            name: responseLabel(scenario, event, x.id),
            why: why(scenario, x),
            to: responseLabel(scenario, event, given),
          }),
        ),
      );
    } else if (x.field === 'governance')
      items.push(
        h(
          'li',
          null,
          t('debrief.whatif.refusedGovernance', {
            turn: x.turn,
            name: governanceLabel(scenario, x.id),
            why: why(scenario, x),
          }),
        ),
      );
  }
  if (r.unplayed)
    items.push(
      h(
        'li',
        null,
        t('debrief.whatif.unplayed', {
          turns: turnsText(range(r.unplayed.first, r.unplayed.last)),
          turn: r.unplayed.first - 1,
          ending: endingLabel(r.unplayed.ending),
        }),
      ),
    );
  return items;
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

/** The code of the what-if game, with a copy button; where copying is refused, the code is selected. */
function codeBlock(scenario: Scenario, r: WhatIfResult): HTMLElement | null {
  let code = '';
  try {
    code = encodeResultCode(scenario, r.game);
  } catch {
    return null;
  }
  const codeEl = h('code', { class: 'result-code', 'data-testid': 'what-if-code' }, code);
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': 'what-if-copy-status' });
  const copy = async () => {
    if (await copyText(code)) status.textContent = t('debrief.whatif.copied');
    else {
      selectText(codeEl);
      status.textContent = t('debrief.whatif.copySelect');
    }
  };
  return h(
    'div',
    { class: 'what-if-code' },
    h('p', { class: 'hint' }, t('debrief.whatif.code'), ' ', codeEl),
    h(
      'button',
      { type: 'button', class: 'btn', id: 'what-if-copy', onclick: () => void copy() },
      t('debrief.whatif.copy'),
    ),
    status,
  );
}

export function whatIfResultView(
  scenario: Scenario,
  r: WhatIfResult,
  prediction: Prediction,
  outcome: WhatIfOutcome,
): HTMLElement {
  const length = Math.max(r.original.records.length, r.changed.records.length) + 1;
  const labels = turnLabels(length);
  const values = (played: Replay, v: 'trust' | 'buyIn') => {
    const list: (number | null)[] = [played.initial, ...played.records.map((x) => x.state)].map((s) =>
      toPoints(s.vars[v]),
    );
    while (list.length < length) list.push(null);
    return list;
  };
  // Index i of the chart is the state after quarter i (0 is the start): quarter N's change shows at N.
  const refused = refusedTurns(r);
  const tickMarks: { x: number; kind: TickMarkKind }[] = [
    ...r.changedTurns.map((x) => ({ x, kind: 'changed' as const })),
    ...[...new Set(refused)].map((x) => ({ x, kind: 'refused' as const })),
  ];
  const tickLegend = {
    changed: t('debrief.whatif.tick.changed', { turns: turnsText(r.changedTurns) }),
    refused: t('debrief.whatif.tick.refused', { turns: turnsText(refused) }),
  };
  const from = r.scope === 'from';
  const desc = [
    t(from ? 'debrief.whatif.chartDescFrom' : 'debrief.whatif.chartDesc', { turn: r.turn }),
    r.changedTurns.length > 0 ? tickLegend.changed : '',
    refused.length > 0 ? tickLegend.refused : '',
  ]
    .filter(Boolean)
    .join(' ');
  const chart = (v: 'trust' | 'buyIn', tone: number) =>
    lineChart({
      title: t(`debrief.whatif.chart.${v}`),
      desc,
      xLabels: labels,
      xName: t('debrief.timeline.turn'),
      tableCaption: t('debrief.chart.table'),
      testId: `what-if-chart-${v}`,
      markers: [{ x: r.turn, label: t(from ? 'debrief.whatif.fromHere' : 'debrief.whatif.changedHere') }],
      tickMarks,
      tickLegend,
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
  const refusals = from ? refusalItems(scenario, r) : [];
  return h(
    'div',
    { class: 'stack' },
    predictionView(scenario, prediction, outcome, { played: o.vars.trust, changed: c.vars.trust }, c.phase),
    h(
      'p',
      { 'data-testid': 'what-if-scope-summary' },
      !from
        ? t('debrief.whatif.changedOnly', { turn: r.turn })
        : r.changedTurns.length > 0
          ? t('debrief.whatif.changedFrom', { turns: turnsText(r.changedTurns) })
          : t('debrief.whatif.changedNowhere'),
    ),
    h(
      'table',
      { class: 'data-table compact' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('td', null),
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
    refusals.length > 0
      ? h(
          'div',
          null,
          h('h4', null, t('debrief.whatif.refusedTitle')),
          h('ul', { class: 'adjustments', 'data-testid': 'what-if-refusals' }, refusals),
        )
      : null,
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
    codeBlock(scenario, r),
  );
}

// Beside the world during play: the dashboard (only what the players measure, noise included; the rest
// is "?"), the next phase's gate as a checklist, and the moods the players can feel.
import { pick, t, tn } from '../i18n';
import { contextOf, type KpiId, toPoints } from '../sim';
import type { GameStore } from '../store/game-store';
import { gateView } from '../store/views';
import { h } from './dom';
import { buyInWord, money, points, trustWord } from './format';

export function hud(s: GameStore): HTMLElement | null {
  if (s.screen !== 'play' || !s.current || !s.game) return null;
  const sc = s.scenario;
  const state = s.current;
  const previous =
    s.records.length >= 2 ? s.records.at(-2)!.state : s.records.length === 1 ? s.initial : null;
  const objective = sc.objectives.find((o) => o.id === s.game!.objective)!;

  const gate = gateView(contextOf(sc, s.game), state);
  // A gauge of where trust or buy-in stands (0 to 100 points), with a mark at the next phase's bar: the
  // bar's number is the sim's gate (gateView), the same as in the checklist, which screen readers read.
  const gauge = (id: 'trust' | 'buyIn', stored: number) => {
    const needs = gate?.items.find((i) => i.id === id)?.needs;
    const pct = (v: number) => `${Math.max(0, Math.min(100, v / 100))}%`;
    return h(
      'span',
      { class: 'gauge', 'aria-hidden': 'true', 'data-testid': `gauge-${id}` },
      h('span', { class: 'gauge-fill', style: { width: pct(stored) } }),
      needs !== undefined &&
        h('span', { class: 'gauge-mark', 'data-needs': needs, style: { left: pct(needs) } }),
    );
  };

  const tiles = sc.measure.kpis.map((k) => {
    const value = state.dashboard[k.id as KpiId];
    const before = previous?.dashboard[k.id as KpiId] ?? null;
    const trend = value !== null && before !== null ? Math.sign(value - before) : 0;
    const aligned = objective.alignedKpis.includes(k.id);
    return h(
      'li',
      {
        class: `kpi${value === null ? ' is-unknown' : ''}${aligned ? ' is-aligned' : ''} kind-${k.kind}`,
        'data-testid': `kpi-${k.id}`,
      },
      h('span', { class: 'kpi-name' }, pick(k.label)),
      h(
        'span',
        { class: 'kpi-value' },
        value === null ? h('span', { title: t('hud.unknown') }, '?') : points(value),
        value !== null &&
          trend !== 0 &&
          h(
            'span',
            {
              class: `trend ${trend > 0 ? 'up' : 'down'}`,
              'aria-label': t(trend > 0 ? 'hud.up' : 'hud.down'),
            },
            trend > 0 ? '▲' : '▼',
          ),
      ),
      value === null && h('span', { class: 'sr-only' }, t('hud.unknown')),
    );
  });

  const moveNames = (ids: string[]) =>
    ids.map((id) => pick(sc.moves.find((m) => m.id === id)!.label)).join(', ');
  const gateItem = (item: NonNullable<typeof gate>['items'][number]) => {
    let text: string;
    if (item.id === 'moves') {
      const parts: string[] = [];
      if (item.movesAny && item.movesAny.length > 0)
        parts.push(t('gate.movesAny', { moves: moveNames(item.movesAny) }));
      if (item.movesAll && item.movesAll.length > 0)
        parts.push(t('gate.movesAll', { moves: moveNames(item.movesAll) }));
      text = parts.join(' ');
    } else if (item.id === 'value' && objective.alignedKpis.length === 0)
      text = t('gate.valueAny', { level: item.level ?? 0 });
    else text = t(`gate.${item.id}`, { level: item.level ?? 0 });
    // "now 53 / needs 55": a team two points short sees it.
    const numbers =
      item.needs === undefined
        ? null
        : item.now === null || item.now === undefined
          ? t('gate.notMeasured', { needs: points(item.needs) })
          : t('gate.numbers', { now: points(item.now, 1), needs: points(item.needs, 1) });
    return h(
      'li',
      { class: item.met ? 'met' : 'unmet', 'data-testid': `gate-${item.id}` },
      h('span', { class: 'check', 'aria-hidden': 'true' }, item.met ? '✓' : '○'),
      h('span', { class: 'sr-only' }, item.met ? t('gate.met') : t('gate.notMet')),
      text,
      numbers
        ? h('span', { class: 'gate-numbers', 'data-testid': `gate-numbers-${item.id}` }, numbers)
        : null,
    );
  };

  return h(
    'div',
    { class: 'hud-inner' },
    h(
      'section',
      { class: 'hud-block status-block', 'aria-label': t('hud.status') },
      h(
        'dl',
        { class: 'status' },
        h(
          'div',
          null,
          h('dt', null, t('hud.budget')),
          h('dd', { id: 'hud-budget' }, money(toPoints(state.vars.budget))),
        ),
        h(
          'div',
          null,
          h('dt', null, t('hud.trust')),
          h('dd', { id: 'hud-trust' }, trustWord(state.vars.trust), gauge('trust', state.vars.trust)),
        ),
        h(
          'div',
          null,
          h('dt', null, t('hud.buyIn')),
          h('dd', { id: 'hud-buyin' }, buyInWord(state.vars.buyIn), gauge('buyIn', state.vars.buyIn)),
        ),
      ),
    ),
    h(
      'section',
      { class: 'hud-block dashboard', id: 'dashboard', 'aria-labelledby': 'dashboard-heading' },
      h('h2', { id: 'dashboard-heading' }, t('hud.dashboard')),
      h('ul', { class: 'kpis' }, tiles),
    ),
    h(
      'section',
      { class: 'hud-block gate', id: 'gate', 'aria-labelledby': 'gate-heading' },
      gate
        ? [
            h(
              'h2',
              { id: 'gate-heading' },
              t('gate.heading', { name: pick(sc.phases[gate.nextPhase]!.label) }),
            ),
            h('ul', { class: 'gate-list' }, gate.items.map(gateItem)),
            h('p', { class: 'hint' }, tn('gate.hold', gate.hold, { streak: gate.streak })),
          ]
        : [h('h2', { id: 'gate-heading' }, t('gate.lastHeading')), h('p', { class: 'hint' }, t('gate.last'))],
    ),
  );
}

// The played half of `npm run scenario:check`: a few hundred seeded games of simple steady strategies
// (every approach x voice x governance, with every move as soon as it can be made or with none), then what
// an author should look at: options no good game uses, phases no game reaches, events that never come,
// answers never affordable, and one strategy that wins on every seed. Warnings, never errors: a scenario
// may mean to have a trap option.
import {
  outcomeScore,
  type Plan,
  playPlan,
  type Scenario,
  type ScenarioProblem,
  type SimState,
} from '../src/sim';
import { seedList } from './balance-core';

export interface Strategy {
  approach: string;
  voice: string;
  governance: string;
  moves: boolean;
}

export interface PlaytestReport {
  games: number;
  strategies: number;
  seeds: number;
  warnings: ScenarioProblem[];
}

export function strategyName(s: Strategy): string {
  return `${s.approach} / ${s.voice} / ${s.governance} / ${s.moves ? 'every move' : 'no moves'}`;
}

/** Every steady combination of the three main choices, with and without moves. */
export function strategies(scenario: Scenario): Strategy[] {
  const out: Strategy[] = [];
  for (const a of scenario.approaches)
    for (const v of scenario.voices)
      for (const g of scenario.governances)
        for (const moves of [true, false]) out.push({ approach: a.id, voice: v.id, governance: g.id, moves });
  return out;
}

/** The KPIs a sensible team measures for an objective: its aligned ones, else the goal KPIs. */
function measureFor(scenario: Scenario, objective: string): string[] {
  const aligned = scenario.objectives.find((o) => o.id === objective)?.alignedKpis ?? [];
  const kpis =
    aligned.length > 0 ? aligned : scenario.measure.kpis.filter((k) => k.kind === 'goal').map((k) => k.id);
  return kpis.slice(0, scenario.measure.max);
}

/** A strategy as a plan; answers rotate with the strategy's index so that every answer gets tried. */
function planOf(scenario: Scenario, s: Strategy, index: number, objective: string): Plan {
  const responses: Record<string, string> = {};
  scenario.events.forEach((e, i) => {
    if (e.responses.length > 0) responses[e.id] = e.responses[(index + i) % e.responses.length]!.id;
  });
  return {
    name: strategyName(s),
    objective,
    every_turn: {
      approach: s.approach,
      voice: s.voice,
      governance: s.governance,
      measure: measureFor(scenario, objective),
    },
    responses,
    moves: s.moves ? { '1': scenario.moves.map((m) => m.id) } : {},
  };
}

interface Played {
  strategy: number;
  seed: number;
  score: number;
  final: SimState;
  /** Events that came, and the answers given. */
  events: string[];
  answers: string[];
}

export function playtest(scenario: Scenario, seedCount: number): PlaytestReport {
  const list = strategies(scenario);
  const seeds = seedList(seedCount, 'check-');
  const played: Played[] = [];
  seeds.forEach((seed, si) => {
    // The objective turns with the seed, so every objective is played and all strategies share it.
    const objective = scenario.objectives[si % scenario.objectives.length]!.id;
    list.forEach((s, i) => {
      const game = playPlan(scenario, seed, planOf(scenario, s, i, objective), {}, { explain: false });
      const events: string[] = [];
      const answers: string[] = [];
      for (const r of game.records) {
        if (!r.event) continue;
        events.push(r.event.id);
        if (r.event.response) answers.push(`${r.event.id}/${r.event.response}`);
      }
      played.push({
        strategy: i,
        seed: si,
        score: outcomeScore(game.final),
        final: game.final,
        events,
        answers,
      });
    });
  });
  return {
    games: played.length,
    strategies: list.length,
    seeds: seeds.length,
    warnings: findings(scenario, list, played, seeds.length),
  };
}

function findings(scenario: Scenario, list: Strategy[], played: Played[], seeds: number): ScenarioProblem[] {
  const warnings: ScenarioProblem[] = [];
  const n = played.length;
  // The top quarter of each seed's games: seeds differ in luck, so games compare within their seed.
  const top = new Set<Played>();
  for (let si = 0; si < seeds; si++) {
    const games = played.filter((p) => p.seed === si).sort((a, b) => b.score - a.score);
    const bar = games[Math.max(0, Math.ceil(games.length / 4) - 1)]!.score;
    for (const g of games) if (g.score >= bar) top.add(g);
  }
  const dead = (key: 'approach' | 'voice' | 'governance', path: string, options: { id: string }[]) =>
    options.forEach((o, i) => {
      if (![...top].some((g) => list[g.strategy]![key] === o.id))
        warnings.push({
          path: `$.${path}[${i}]`,
          message: `dead option "${o.id}": in none of the best quarter of the ${n} games played`,
        });
    });
  dead('approach', 'approaches', scenario.approaches);
  dead('voice', 'voices', scenario.voices);
  dead('governance', 'governances', scenario.governances);
  scenario.moves.forEach((m, i) => {
    const held = played.filter((p) => p.final.moves.includes(m.id));
    if (held.length === 0)
      warnings.push({
        path: `$.moves[${i}]`,
        message: `dead move "${m.id}": never made in ${n} games (its phase, requirements or cost keep it out of reach)`,
      });
    else if (![...top].some((g) => g.final.moves.includes(m.id)))
      warnings.push({
        path: `$.moves[${i}]`,
        message: `dead move "${m.id}": in none of the best quarter of the ${n} games played`,
      });
  });
  scenario.phases.forEach((p, i) => {
    if (i > 0 && !played.some((g) => g.final.phase >= i))
      warnings.push({
        path: `$.phases[${i}].gate`,
        message: `phase "${p.id}" was reached in none of the ${n} games played`,
      });
  });
  scenario.events.forEach((e, i) => {
    const came = played.filter((g) => g.events.includes(e.id));
    // An event of weight 0 comes only when a facilitator fixes it for a session.
    if (e.weight > 0 && came.length === 0)
      warnings.push({ path: `$.events[${i}]`, message: `event "${e.id}" never came in ${n} games played` });
    if (came.length === 0) return;
    e.responses.forEach((r, j) => {
      if (!played.some((g) => g.answers.includes(`${e.id}/${r.id}`)))
        warnings.push({
          path: `$.events[${i}].responses[${j}]`,
          message: `answer "${r.id}" was never given: the budget could not pay it when "${e.id}" came`,
        });
    });
  });
  const dominant = dominantStrategy(played, list.length, seeds);
  if (dominant !== null)
    warnings.push({
      path: '$',
      message: `one strategy wins on every one of the ${seeds} seeds: ${strategyName(list[dominant]!)}`,
    });
  return warnings;
}

/** The strategy that alone scores best on every seed, if there is one. */
function dominantStrategy(played: Played[], strategies: number, seeds: number): number | null {
  if (strategies < 2) return null;
  let winner: number | null = null;
  for (let si = 0; si < seeds; si++) {
    const games = played.filter((p) => p.seed === si).sort((a, b) => b.score - a.score);
    const [best, second] = games;
    if (!best || (second && second.score === best.score)) return null;
    if (winner === null) winner = best.strategy;
    else if (winner !== best.strategy) return null;
  }
  return winner;
}

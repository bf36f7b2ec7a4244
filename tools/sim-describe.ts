// What a scenario lets players choose, for `npm run sim -- --describe`: plan authors read the ids here.
// Labels keep both languages; costs are k€ as in the scenario file.
import { type Scenario, scenarioHash } from '../src/sim';

export function describeScenario(s: Scenario) {
  // The tuning stores the change as deltas to the state; a budget delta of -10 is a cost of 10 k€.
  const governanceChange = s.tuning.governanceChange;
  const changeCost = -(governanceChange.budget ?? 0);
  return {
    scenario: { id: s.id, version: s.version, hash: scenarioHash(s), title: s.title, turns: s.turns },
    start: s.start,
    decisions: [
      {
        id: 'objective',
        when: 'once, at the start',
        options: s.objectives.map((o) => ({ id: o.id, label: o.label, cost: 0 })),
      },
      {
        id: 'approach',
        when: 'each turn',
        options: s.approaches.map((o) => ({ id: o.id, label: o.label, cost: o.cost })),
      },
      {
        id: 'voice',
        when: 'each turn',
        options: s.voices.map((o) => ({ id: o.id, label: o.label, cost: o.cost })),
      },
      {
        id: 'governance',
        when: `each turn; changing it costs ${changeCost} k€`,
        changeEffects: governanceChange,
        options: s.governances.map((o) => ({ id: o.id, label: o.label, cost: 0 })),
      },
      {
        id: 'measure',
        when: `each turn, at most ${s.measure.max} KPIs`,
        max: s.measure.max,
        options: s.measure.kpis.map((k) => ({ id: k.id, label: k.label, kind: k.kind, cost: 0 })),
      },
      {
        id: 'moves',
        when: `any turn, at most ${s.maxMovesPerTurn} per turn, each once`,
        max: s.maxMovesPerTurn,
        options: s.moves.map((m) => ({ id: m.id, label: m.label, cost: m.cost })),
      },
    ],
    objectives: s.objectives.map((o) => ({
      id: o.id,
      label: o.label,
      alignedKpis: o.alignedKpis,
      gateHandicap: o.gateHandicap,
    })),
    moves: s.moves.map((m) => ({
      id: m.id,
      label: m.label,
      cost: m.cost,
      minPhase: m.minPhase,
      requires: m.requires,
    })),
    kpis: s.measure.kpis.map((k) => ({ id: k.id, kind: k.kind, label: k.label, noise: k.noise })),
    phases: s.phases.map((p, i) => ({ index: i, id: p.id, label: p.label, gate: p.gate })),
    events: s.events.map((e) => ({
      id: e.id,
      title: e.title,
      weight: e.weight,
      minTurn: e.minTurn,
      phases: e.phases,
      defaultResponse: e.defaultResponse ?? null,
      responses: e.responses.map((r) => ({ id: r.id, label: r.label, cost: r.cost })),
    })),
  };
}

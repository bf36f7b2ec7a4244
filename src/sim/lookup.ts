// Id-indexed views of a scenario, built once per scenario object and cached.
import type {
  ApproachOption,
  GovernanceOption,
  Kpi,
  Move,
  Objective,
  Scenario,
  ScenarioEvent,
  VoiceOption,
} from './scenario-schema';

export interface Lookup {
  approach: Map<string, ApproachOption>;
  voice: Map<string, VoiceOption>;
  governance: Map<string, GovernanceOption>;
  move: Map<string, Move>;
  objective: Map<string, Objective>;
  kpi: Map<string, Kpi>;
  event: Map<string, ScenarioEvent>;
}

const cache = new WeakMap<Scenario, Lookup>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function lookup(scenario: Scenario): Lookup {
  let found = cache.get(scenario);
  if (!found) {
    found = {
      approach: byId(scenario.approaches),
      voice: byId(scenario.voices),
      governance: byId(scenario.governances),
      move: byId(scenario.moves),
      objective: byId(scenario.objectives),
      kpi: byId(scenario.measure.kpis),
      event: byId(scenario.events),
    };
    cache.set(scenario, found);
  }
  return found;
}

// The scenarios a save or a result code may name, looked up by id. Callers pass whatever they hold.
import type { Scenario } from './scenario-schema';

export type ScenarioCatalog =
  | readonly Scenario[]
  | ReadonlyMap<string, Scenario>
  | ((id: string) => Scenario | undefined);

export function findScenario(catalog: ScenarioCatalog, id: string): Scenario | undefined {
  if (typeof catalog === 'function') return catalog(id);
  if (Array.isArray(catalog)) return (catalog as readonly Scenario[]).find((s) => s.id === id);
  return (catalog as ReadonlyMap<string, Scenario>).get(id);
}

// Names of the scenario's options, phases and endings in the current language, for the debrief and the
// facilitator's view. Option names come from the scenario file; the rest from the message catalogs.
import { pick, t } from '../../i18n';
import type { Ending, PhaseId, Scenario, TurnDecision } from '../../sim';

type Named = { id: string; label: { en: string; fr: string } };

function named(list: readonly Named[], id: string): string {
  const found = list.find((x) => x.id === id);
  return found ? pick(found.label) : id;
}

export const approachLabel = (s: Scenario, id: string) => named(s.approaches, id);
export const voiceLabel = (s: Scenario, id: string) => named(s.voices, id);
export const governanceLabel = (s: Scenario, id: string) => named(s.governances, id);
export const moveLabel = (s: Scenario, id: string) => named(s.moves, id);
export const kpiLabel = (s: Scenario, id: string) => named(s.measure.kpis, id);
export const objectiveLabel = (s: Scenario, id: string) => named(s.objectives, id);

export function phaseLabel(s: Scenario, phase: PhaseId | number): string {
  const found = typeof phase === 'number' ? s.phases[phase] : s.phases.find((p) => p.id === phase);
  return found ? pick(found.label) : String(phase);
}

export function eventTitle(s: Scenario, id: string): string {
  const e = s.events.find((x) => x.id === id);
  return e ? pick(e.title) : id;
}

export function responseLabel(s: Scenario, eventId: string, responseId: string): string {
  const r = s.events.find((x) => x.id === eventId)?.responses.find((x) => x.id === responseId);
  return r ? pick(r.label) : responseId;
}

export function endingLabel(ending: Ending | null): string {
  return t(`debrief.ending.${ending ?? 'running'}`);
}

/** "Continuity · Dialogue · Bottom-up" */
export function choicesLabel(s: Scenario, d: TurnDecision): string {
  return [approachLabel(s, d.approach), voiceLabel(s, d.voice), governanceLabel(s, d.governance)].join(' · ');
}

export function planLabel(id: string): string {
  return t(`debrief.plan.${id}`);
}

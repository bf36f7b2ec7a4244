// Plain words for the causes the model books every change to (record.explanation). Option, move and
// event names come from the scenario; the model's own mechanics have phrases in the catalogs.
import { hasKey, pick, t } from '../i18n';
import type { Contribution, Scenario, TurnRecord, VarId } from '../sim';

export function causeLabel(scenario: Scenario, cause: string): string {
  const at = cause.indexOf(':');
  const kind = at < 0 ? cause : cause.slice(0, at);
  const id = at < 0 ? '' : cause.slice(at + 1);
  const named = (list: readonly { id: string; label: { en: string; fr: string } }[]) => {
    const found = list.find((x) => x.id === id);
    return found ? pick(found.label) : id;
  };
  switch (kind) {
    case 'approach':
      return t('cause.approach', { label: named(scenario.approaches) });
    case 'voice':
      return t('cause.voice', { label: named(scenario.voices) });
    case 'governance':
      return id === 'change'
        ? t('cause.governanceChange')
        : t('cause.governance', { label: named(scenario.governances) });
    case 'move':
      return t('cause.move', { label: named(scenario.moves) });
    case 'event': {
      const event = scenario.events.find((e) => e.id === id);
      return t('cause.event', { title: event ? pick(event.title) : id });
    }
    case 'answer': {
      // "answer:<event>:<response>": the team's answer, named apart from the event itself.
      const [eventId, responseId] = id.split(':');
      const event = scenario.events.find((e) => e.id === eventId);
      const response = event?.responses.find((r) => r.id === responseId);
      return t('cause.answer', {
        title: event ? pick(event.title) : (eventId ?? ''),
        label: response ? pick(response.label) : (responseId ?? ''),
      });
    }
    default: {
      const key = id ? `cause.${kind}.${id}` : `cause.${kind}`;
      return hasKey(key) ? t(key) : t('cause.other');
    }
  }
}

/** True when a cause has readable words (every cause the model can produce should). */
export function causeIsKnown(scenario: Scenario, cause: string): boolean {
  const at = cause.indexOf(':');
  const kind = at < 0 ? cause : cause.slice(0, at);
  const id = at < 0 ? '' : cause.slice(at + 1);
  const has = (list: readonly { id: string }[]) => list.some((x) => x.id === id);
  switch (kind) {
    case 'approach':
      return has(scenario.approaches);
    case 'voice':
      return has(scenario.voices);
    case 'governance':
      return id === 'change' || has(scenario.governances);
    case 'move':
      return has(scenario.moves);
    case 'event':
      return has(scenario.events);
    case 'answer': {
      const [eventId, responseId] = id.split(':');
      return scenario.events.some((e) => e.id === eventId && e.responses.some((r) => r.id === responseId));
    }
    default:
      return hasKey(id ? `cause.${kind}.${id}` : `cause.${kind}`);
  }
}

export interface WhyLine {
  variable: VarId;
  total: number;
  causes: Contribution[];
}

/** Smaller than this (hundredths) is noise in a "why": a tenth of a point. */
const MIN_SHOWN = 10;

/** For trust and buy-in: the change and its two or three main causes, largest first. */
export function whyLines(record: TurnRecord, before: { vars: Record<VarId, number> }, max = 3): WhyLine[] {
  const out: WhyLine[] = [];
  for (const variable of ['trust', 'buyIn'] as const) {
    const list = record.explanation[variable] ?? [];
    const total = record.state.vars[variable] - before.vars[variable];
    const causes = list.filter((c) => Math.abs(c.delta) >= MIN_SHOWN && c.cause !== 'limit').slice(0, max);
    out.push({ variable, total, causes });
  }
  return out;
}

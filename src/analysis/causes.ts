// The model books every change to a cause id such as "approach:campaign" or "carry:trust-drifts"
// (src/sim/step.ts). Here those ids are split into a kind and an option id, so the interface can put
// them in plain words from the scenario's labels and the message catalog.
import type { Contribution } from '../sim';

export type CauseKind =
  | 'approach'
  | 'voice'
  | 'governance'
  | 'governance-change'
  | 'move'
  | 'event'
  | 'answer'
  | 'promise'
  | 'carry'
  | 'incident'
  | 'management'
  | 'budget'
  | 'reach'
  | 'limit'
  | 'other';

export interface CauseParts {
  kind: CauseKind;
  /** The option, move, event or effect named after the colon ("" when there is none). */
  id: string;
}

const KINDS = new Set<string>([
  'approach',
  'voice',
  'governance',
  'move',
  'event',
  'answer',
  'promise',
  'carry',
  'incident',
  'management',
  'budget',
  'reach',
]);

export function causeParts(cause: string): CauseParts {
  if (cause === 'limit') return { kind: 'limit', id: '' };
  if (cause === 'governance:change') return { kind: 'governance-change', id: '' };
  const at = cause.indexOf(':');
  const head = at < 0 ? cause : cause.slice(0, at);
  const id = at < 0 ? '' : cause.slice(at + 1);
  return KINDS.has(head) ? { kind: head as CauseKind, id } : { kind: 'other', id: cause };
}

/** The largest contributions (by size), the rest summed into one "other" entry so the total still adds up. */
export function topCauses(
  list: readonly Contribution[],
  count: number,
): { top: Contribution[]; rest: number } {
  const sorted = [...list].sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0),
  );
  const top = sorted.slice(0, count);
  const rest = sorted.slice(count).reduce((sum, c) => sum + c.delta, 0);
  return { top, rest };
}

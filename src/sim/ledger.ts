// Records every change a turn makes, by cause, so the game and the debrief can answer "why did trust
// drop in turn 5?" from the model itself. The contributions to a variable always sum to its change.
import type { Contribution, Explanation, VarId, Vars } from './types';

export class Ledger {
  /** Flat list of (variable, cause, delta), grouped only when an explanation is asked for. */
  private readonly entries: (string | number)[] = [];

  /** explain = false skips the bookkeeping (the balance lab needs only outcomes); the arithmetic is the same. */
  constructor(
    readonly vars: Vars,
    private readonly headroom: Partial<Record<VarId, number>> = {},
    private readonly explain = true,
  ) {}

  /**
   * Adds delta (hundredths) to a variable and books it to a cause. A gain to a saturating variable shrinks
   * with the headroom it had at the start of the turn (factor 1 at or below the scenario's headroomFrom,
   * falling to 0 at 100): the last points are the hardest to win. Losses are never shrunk.
   */
  add(v: VarId, delta: number, cause: string): void {
    const factor = this.headroom[v];
    this.addRaw(v, delta > 0 && factor !== undefined ? Math.round(delta * factor) : delta, cause);
  }

  /** Adds delta exactly, with no headroom: for bounds and bookkeeping. */
  addRaw(v: VarId, delta: number, cause: string): void {
    if (delta === 0) return;
    this.vars[v] += delta;
    this.book(v, delta, cause);
  }

  /** Books a change to something that is not a stored variable (reach is recomputed each turn). */
  book(v: VarId | 'reach', delta: number, cause: string): void {
    if (delta !== 0 && this.explain) this.entries.push(v, cause, delta);
  }

  explanation(): Explanation {
    const grouped = new Map<string, Map<string, number>>();
    for (let i = 0; i < this.entries.length; i += 3) {
      const v = this.entries[i] as string;
      const cause = this.entries[i + 1] as string;
      let causes = grouped.get(v);
      if (!causes) {
        causes = new Map();
        grouped.set(v, causes);
      }
      causes.set(cause, (causes.get(cause) ?? 0) + (this.entries[i + 2] as number));
    }
    const out: Explanation = {};
    for (const [v, causes] of grouped) {
      const list: Contribution[] = [];
      for (const [cause, delta] of causes) if (delta !== 0) list.push({ cause, delta });
      list.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.cause < b.cause ? -1 : 1));
      if (list.length > 0) out[v as VarId] = list;
    }
    return out;
  }
}

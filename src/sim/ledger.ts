// Records every change a turn makes, by cause, so the game and the debrief can answer "why did trust
// drop in turn 5?" from the model itself. The contributions to a variable always sum to its change.
import type { Contribution, Explanation, VarId, Vars } from './types';

/** What a turn played without its ledger explains: one frozen empty object, not one per turn. */
const NOTHING_EXPLAINED: Explanation = Object.freeze({});

export class Ledger {
  /** Flat list of (variable, cause, delta), grouped only when an explanation is asked for. */
  private entries: (string | number)[] | null = null;

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
    const factor = delta > 0 ? this.headroomOf(v) : undefined;
    this.addRaw(v, factor !== undefined ? Math.round(delta * factor) : delta, cause);
  }

  /** Adds delta exactly, with no headroom: for bounds and bookkeeping. */
  addRaw(v: VarId, delta: number, cause: string): void {
    if (delta === 0) return;
    bump(this.vars, v, delta);
    this.book(v, delta, cause);
  }

  /** vars[v], read with named loads (see bump). */
  get(v: VarId): number {
    const x = this.vars;
    switch (v) {
      case 'trust':
        return x.trust;
      case 'buyIn':
        return x.buyIn;
      case 'community':
        return x.community;
      case 'wordOfMouth':
        return x.wordOfMouth;
      case 'participation':
        return x.participation;
      case 'coherence':
        return x.coherence;
      case 'paidReach':
        return x.paidReach;
      case 'expectation':
        return x.expectation;
      case 'fragmentation':
        return x.fragmentation;
      case 'competition':
        return x.competition;
      case 'followers':
        return x.followers;
      case 'budget':
        return x.budget;
    }
  }

  private headroomOf(v: VarId): number | undefined {
    const h = this.headroom;
    switch (v) {
      case 'trust':
        return h.trust;
      case 'buyIn':
        return h.buyIn;
      case 'community':
        return h.community;
      case 'wordOfMouth':
        return h.wordOfMouth;
      case 'participation':
        return h.participation;
      default:
        return undefined;
    }
  }

  /** Books a change to something that is not a stored variable (reach is recomputed each turn). */
  book(v: VarId | 'reach', delta: number, cause: string): void {
    if (delta === 0 || !this.explain) return;
    if (this.entries === null) this.entries = [];
    this.entries.push(v, cause, delta);
  }

  explanation(): Explanation {
    if (!this.explain) return NOTHING_EXPLAINED;
    // Lists are short (a handful of causes per variable): linear merging and insertion sort beat Maps here.
    const out: Record<string, Contribution[]> = {};
    const e = this.entries ?? [];
    for (let i = 0; i < e.length; i += 3) {
      const v = e[i] as string;
      const cause = e[i + 1] as string;
      const delta = e[i + 2] as number;
      let list = out[v];
      if (!list) {
        list = [];
        out[v] = list;
      }
      let j = 0;
      while (j < list.length && list[j]!.cause !== cause) j++;
      if (j < list.length) list[j]!.delta += delta;
      else list.push({ cause, delta });
    }
    for (const v of Object.keys(out)) {
      const list = out[v]!.filter((c) => c.delta !== 0);
      for (let i = 1; i < list.length; i++) {
        const item = list[i]!;
        let j = i - 1;
        while (j >= 0 && before(item, list[j]!)) {
          list[j + 1] = list[j]!;
          j--;
        }
        list[j + 1] = item;
      }
      if (list.length > 0) out[v] = list;
      else delete out[v];
    }
    return out as Explanation;
  }
}

/**
 * vars[v] += delta, with a named store per variable. Why: one keyed store that sees twelve property names
 * goes megamorphic in V8 and cost about a sixth of the balance lab's time; a switch of named stores does not.
 */
function bump(x: Vars, v: VarId, delta: number): void {
  switch (v) {
    case 'trust':
      x.trust += delta;
      break;
    case 'buyIn':
      x.buyIn += delta;
      break;
    case 'community':
      x.community += delta;
      break;
    case 'wordOfMouth':
      x.wordOfMouth += delta;
      break;
    case 'participation':
      x.participation += delta;
      break;
    case 'coherence':
      x.coherence += delta;
      break;
    case 'paidReach':
      x.paidReach += delta;
      break;
    case 'expectation':
      x.expectation += delta;
      break;
    case 'fragmentation':
      x.fragmentation += delta;
      break;
    case 'competition':
      x.competition += delta;
      break;
    case 'followers':
      x.followers += delta;
      break;
    case 'budget':
      x.budget += delta;
      break;
  }
}

/** Largest change first; equal sizes by cause id, so the order never depends on booking order. */
function before(a: Contribution, b: Contribution): boolean {
  const da = Math.abs(a.delta);
  const db = Math.abs(b.delta);
  return da > db || (da === db && a.cause < b.cause);
}

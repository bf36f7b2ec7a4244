// The gate's numbers (gateMargins) and "why you were stuck" read the one gate rule of the sim.
import { describe, expect, it } from 'vitest';
import { whyStuck } from '../../src/analysis/stuck';
import { checkGate, contextOf, gateMargins, playPlan } from '../../src/sim';
import { plan, scenario } from './analysis-helpers';

describe('gate margins', () => {
  it('say met exactly when the value reaches its bar, and agree with checkGate every quarter', () => {
    for (const id of ['continuity-dialogue', 'campaign-broadcast', 'vanity-metrics', 'bottom-up-untrained']) {
      const played = playPlan(scenario, 'gate-1', plan(id));
      const ctx = contextOf(scenario, played.game);
      for (const r of played.records) {
        const s = r.state;
        const margins = gateMargins(ctx, s.phase, s.vars, s.dashboard, s.moves);
        if (!margins) continue;
        for (const m of margins)
          if (m.needs !== null && m.id !== 'value') expect(m.met).toBe(m.now! >= m.needs);
        expect(margins.every((m) => m.met)).toBe(checkGate(ctx, s.phase, s.vars, s.dashboard, s.moves));
      }
    }
  });
});

describe('why you were stuck', () => {
  it('names the conditions that held a team back, how often and how close it came', () => {
    const played = playPlan(scenario, 'gate-1', plan('campaign-broadcast'));
    const report = whyStuck(scenario, played.game, played);
    expect(report).not.toBeNull();
    const ctx = contextOf(scenario, played.game);
    const inPhase = played.records.filter((r) => r.state.phase === report!.phase);
    expect(report!.quarters).toBe(inPhase.length);
    expect(report!.conditions.length).toBeGreaterThan(0);
    for (const c of report!.conditions) {
      const short = inPhase.filter((r) => {
        const m = gateMargins(ctx, r.state.phase, r.state.vars, r.state.dashboard, r.state.moves)!;
        return !m.find((x) => x.id === c.id)!.met;
      });
      expect(c.quarters).toBe(short.length);
      if (c.closest) {
        expect(c.closest.short).toBeGreaterThan(0);
        expect(short.map((r) => r.turn)).toContain(c.closest.turn);
      }
    }
    // Sorted: the condition that failed most often first.
    const counts = report!.conditions.map((c) => c.quarters);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('has nothing to say about a game that reached the last phase', () => {
    for (let seed = 0; seed < 20; seed++) {
      const played = playPlan(scenario, `gate-top-${seed}`, plan('continuity-dialogue'));
      if (played.final.phase === scenario.phases.length - 1)
        expect(whyStuck(scenario, played.game, played)).toBeNull();
    }
  });
});

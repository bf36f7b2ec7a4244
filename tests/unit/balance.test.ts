import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareOutcomes, PHASE_IDS, parsePlan, parseScenarioText, playPlan, toPoints } from '../../src/sim';
import { runBalance, seedList } from '../../tools/balance-core';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const load = (name: string) => {
  const file = `scenarios/plans/${name}.json`;
  return { file, plan: parsePlan(JSON.parse(readFileSync(file, 'utf8')), scenario) };
};

describe('balance core', () => {
  const plans = [load('continuity-dialogue'), load('campaign-broadcast'), load('viral-gambler')];
  const seeds = seedList(30, 'bal-');
  const report = runBalance({ scenario, plans, seeds });
  // The same games played one by one, to check the aggregation against.
  const finals = plans.map((p) => seeds.map((seed) => playPlan(scenario, seed, p.plan).final));

  it('names seeds from a prefix', () => {
    expect(seedList(3)).toEqual(['seed-1', 'seed-2', 'seed-3']);
    expect(seeds[29]).toBe('bal-30');
    expect(report.seeds).toEqual({ count: 30, first: 'bal-1', last: 'bal-30' });
    expect(report.games).toBe(90);
  });

  it('tallies every plan over every seed', () => {
    report.plans.forEach((p, i) => {
      expect(p.file).toBe(plans[i]!.file);
      expect(p.name).toBe(plans[i]!.plan.name);
      expect(p.trust.n).toBe(30);
      const phases = Object.fromEntries(PHASE_IDS.map((id) => [id, 0]));
      for (const f of finals[i]!) phases[PHASE_IDS[f.phase]!]!++;
      expect(p.phase.counts).toEqual(phases);
      expect(Object.values(p.endings.counts).reduce((a, b) => a + b, 0)).toBe(30);
      const trust = finals[i]!.map((f) => toPoints(f.vars.trust));
      expect(p.trust.mean).toBeCloseTo(trust.reduce((a, b) => a + b, 0) / 30, 2);
      expect(p.trust.min).toBe(Math.min(...trust));
      expect(p.buyIn.max).toBe(Math.max(...finals[i]!.map((f) => toPoints(f.vars.buyIn))));
      const incidents = finals[i]!.reduce((a, f) => a + f.incidents, 0) / 30;
      expect(p.incidents).toBeCloseTo(incidents, 3);
    });
  });

  it('gives win rates per pair that add up to 1, ties counted half', () => {
    expect(report.pairs.map((p) => [p.a, p.b])).toEqual([
      [plans[0]!.file, plans[1]!.file],
      [plans[0]!.file, plans[2]!.file],
      [plans[1]!.file, plans[2]!.file],
    ]);
    const index = (file: string) => plans.findIndex((p) => p.file === file);
    for (const pair of report.pairs) {
      const a = finals[index(pair.a)]!;
      const b = finals[index(pair.b)]!;
      const expected = seeds.reduce((sum, _, s) => sum + compareOutcomes(a[s]!, b[s]!), 0) / 30;
      expect(pair.aWins).toBeCloseTo(expected, 12);
      expect(pair.aWins + pair.bWins).toBeCloseTo(1, 12);
      expect(pair.ties).toBeGreaterThanOrEqual(0);
      expect(pair.ties).toBeLessThanOrEqual(Math.min(pair.aWins, pair.bWins) * 2 + 1e-12);
    }
  });

  it('is deterministic', () => {
    expect(runBalance({ scenario, plans, seeds })).toEqual(report);
  });
});

// The lessons the classroom scenario lists (scenarios/classroom.json: L1, L3, L4, L7, L11), checked over
// 500 seeds with its reference plans (scenarios/plans/classroom/). If the scenario stops teaching one,
// change the scenario's data, not the test.
import { describe, expect, it } from 'vitest';
import { type PlayedPlan, toFixed } from '../../../src/sim';
import {
  beats as beatsOn,
  goalKpisOnly,
  lessonBench,
  mean,
  score,
  searchBest,
  share,
  steadyVersusCampaign,
} from './helpers';

const bench = lessonBench('classroom');
const { scenario } = bench;
const games = (id: string) => bench.games(bench.plan(id));
/** Seed by seed, the share where `a` ends better by the outcome order (alive, phase, trust + buy-in). */
const beats = (a: PlayedPlan[], b: PlayedPlan[]) => beatsOn(a, b, score);

describe('classroom L1: continuity with dialogue beats ads with announcements', () => {
  it('ends with more trust and a later phase, though the ads lead on reach in the first two quarters', () => {
    const l1 = steadyVersusCampaign(games('continuity-dialogue'), games('campaign-broadcast'));
    expect(l1.trust).toBeGreaterThan(0.95);
    expect(l1.phase).toBeGreaterThan(0.9);
    for (const lead of l1.campaignLeadsReach) expect(lead).toBeGreaterThan(0.95);
  });
});

describe('classroom L3: a team that posts needs guidelines', () => {
  it('without them, more than three times the incidents', () => {
    const withGuidelines = mean(games('mix-then-continuity').map((g) => g.final.incidents));
    expect(mean(games('no-guidelines').map((g) => g.final.incidents))).toBeGreaterThan(3 * withGuidelines);
  });
});

describe('classroom L4: the founders judge what they are shown', () => {
  it('the same choices shown through likes and followers end with far less backing, and never leave experimentation', () => {
    const aligned = games('mix-then-continuity');
    const vanity = games('vanity-metrics');
    expect(share(aligned.map((g, i) => g.final.vars.buyIn > vanity[i]!.final.vars.buyIn))).toBeGreaterThan(
      0.95,
    );
    expect(share(vanity.map((g) => g.final.vars.buyIn < toFixed(scenario.start.buyIn)))).toBeGreaterThan(0.9);
    expect(share(vanity.map((g) => g.final.phase === 0))).toBeGreaterThan(0.9);
  });
});

describe('classroom L7: no social business without the organisational moves', () => {
  it('every game that reaches it holds the guidelines, the community manager and the player-designed update', () => {
    const names = ['mix-then-continuity', 'continuity-dialogue', 'campaign-then-continuity', 'no-guidelines'];
    const reached = names.flatMap((n) => games(n)).filter((g) => g.final.phase === 2);
    expect(reached.length).toBeGreaterThan(500);
    for (const g of reached)
      for (const move of ['train-employees', 'social-department', 'integrate-functions'])
        expect(g.final.moves).toContain(move);
    expect(games('no-guidelines').every((g) => g.final.phase < 2)).toBe(true);
  });
});

describe('classroom L11: a little paid reach seeds a small community when continuity follows it', () => {
  const phaseBy = (gs: PlayedPlan[], quarter: number) =>
    share(gs.map((g) => g.records[quarter - 1]!.state.phase >= 1));

  it('the mix first passes the first gate sooner than continuity alone and than full campaigns', () => {
    const mix = games('mix-then-continuity');
    expect(phaseBy(mix, 4)).toBeGreaterThan(phaseBy(games('continuity-dialogue'), 4) + 0.1);
    expect(phaseBy(mix, 4)).toBeGreaterThan(phaseBy(games('campaign-then-continuity'), 4) + 0.05);
  });

  it('its players stay: by the fourth quarter its community is the larger one on most seeds, though not after the second', () => {
    const mix = games('mix-then-continuity');
    const steady = games('continuity-dialogue');
    const community = (g: PlayedPlan, quarter: number) => g.records[quarter - 1]!.state.vars.community;
    expect(share(mix.map((g, i) => community(g, 2) > community(steady[i]!, 2)))).toBeLessThan(0.1);
    expect(share(mix.map((g, i) => community(g, 4) > community(steady[i]!, 4)))).toBeGreaterThan(0.75);
  });

  it('in eight quarters it wins most seeds against continuity alone and against campaigns first, not all', () => {
    const mix = games('mix-then-continuity');
    for (const other of ['continuity-dialogue', 'campaign-then-continuity']) {
      const rival = games(other);
      expect(beats(mix, rival)).toBeGreaterThan(0.7);
      expect(beats(rival, mix)).toBeGreaterThan(0.05);
    }
    const business = (gs: PlayedPlan[]) => share(gs.map((g) => g.final.phase === 2));
    expect(business(mix)).toBeGreaterThan(business(games('continuity-dialogue')) + 0.05);
  });
});

describe('classroom: the best plan the search found teaches the same', () => {
  const best = searchBest(bench);
  it('mixes in the first two quarters with dialogue, trains the team before social business, shows no vanity number', () => {
    const played = bench.games(best, {}, 'search best');
    for (const g of played) {
      for (const r of g.records.slice(0, 2)) {
        expect(r.decision.approach).toBe('mix');
        expect(r.decision.voice).toBe('dialogue');
      }
      expect(goalKpisOnly(bench, g)).toBe(true);
    }
    expect(share(played.map((g) => g.final.phase === 2))).toBeGreaterThan(0.7);
  });
});

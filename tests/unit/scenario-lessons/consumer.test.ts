// The lessons the consumer scenario (scenarios/consumer.json) lists, each proved over 500 seeds of its own
// with its reference plans (scenarios/plans/consumer/). If the scenario stops teaching one, change the
// scenario's data, not the test.
import { describe, expect, it } from 'vitest';
import {
  after,
  buyIn,
  LESSON_SEEDS,
  lessonBench,
  phase,
  score,
  share,
  steadyVersusCampaign,
  trust,
  variant,
  winsAndLosses,
} from './helpers';

const bench = lessonBench('consumer');
const { games, plan, plans, scenario, seeds } = bench;
const launch = plan('launch-then-continuity');
const startTrust = scenario.start.trust;
const startBuyIn = scenario.start.buyIn;

it('lists the lessons proved here', () => {
  expect(scenario.lessons).toEqual(['L1', 'L2', 'L6', 'L10', 'L11']);
});

describe('L1: continuity and dialogue beat campaign after campaign', () => {
  it('end with more trust and a later phase, though the campaigns lead on reach in the first two quarters', () => {
    const l1 = steadyVersusCampaign(games(plan('continuity-only')), games(plan('campaign-broadcast')));
    expect(l1.trust).toBeGreaterThan(0.95);
    expect(l1.phase).toBeGreaterThan(0.95);
    for (const lead of l1.campaignLeadsReach) expect(lead).toBeGreaterThan(0.95);
  });
  it('and so does the launch programme, whose first quarter is a campaign too', () => {
    const l1 = steadyVersusCampaign(games(launch), games(plan('campaign-broadcast')));
    expect(l1.trust).toBeGreaterThan(0.95);
    expect(l1.phase).toBeGreaterThan(0.95);
  });
});

describe('L2: a launch followed by silence', () => {
  it('leaves trust below where it started, already the quarter after the drop', () => {
    const dropped = games(plan('campaign-then-drop'));
    expect(share(dropped.map((g) => trust(g) < startTrust))).toBeGreaterThan(0.95);
    expect(share(dropped.map((g) => after(g, 4, 'trust') < startTrust))).toBeGreaterThan(0.9);
  });
  it('whatever voice the launch used', () => {
    const drop = plan('campaign-then-drop');
    const talking = variant(drop, 'launch with dialogue, then silence', {
      every_turn: { ...drop.every_turn, voice: 'dialogue', governance: 'bottom-up' },
    });
    expect(share(games(talking).map((g) => trust(g) < startTrust))).toBeGreaterThan(0.95);
  });
});

describe('L6: no plan wins on every seed; a stunt sometimes pays', () => {
  it('every reference plan is beaten on some seed by another', () => {
    const ids = Object.keys(plans);
    const all = ids.map((id) => games(plans[id]!, {}, id));
    ids.forEach((id, p) => {
      const beaten = seeds.some((_, s) =>
        all.some((other, q) => q !== p && score(other[s]!) > score(all[p]![s]!)),
      );
      expect(beaten, `${id} should not win on every seed`).toBe(true);
    });
  });
  it('taking every stunt wins on some seeds and loses on more', () => {
    const { wins, losses } = winsAndLosses(games(plan('stunt-chaser')), games(launch));
    expect(wins).toBeGreaterThan(0.05);
    expect(losses).toBeGreaterThan(2 * wins);
  });
});

describe('L10: likes and followers impress for a while', () => {
  it('a vanity dashboard holds buy-in at its start in the first quarters on most seeds', () => {
    const vanity = games(plan('vanity-metrics'));
    expect(share(vanity.map((g) => after(g, 2, 'buyIn') >= startBuyIn))).toBeGreaterThan(0.6);
  });
  it('and ends below the starting buy-in on almost every seed, far below the same play measured well', () => {
    const vanity = games(plan('vanity-metrics'));
    const measured = games(launch);
    expect(share(vanity.map((g) => buyIn(g) < startBuyIn))).toBeGreaterThan(0.95);
    expect(share(measured.map((g, i) => buyIn(g) > buyIn(vanity[i]!) + 20))).toBeGreaterThan(0.9);
  });
});

describe('L11: paid reach can launch a brand when continuity follows it', () => {
  it('one launch campaign, then continuity, beats continuity from the first day', () => {
    const { wins, losses } = winsAndLosses(games(launch), games(plan('continuity-only')));
    expect(wins).toBeGreaterThan(0.8);
    expect(losses).toBeLessThan(0.1);
    expect(share(games(launch).map((g) => phase(g) === 2))).toBeGreaterThan(
      share(games(plan('continuity-only')).map((g) => phase(g) === 2)) + 0.08,
    );
  });
  it('and beats small paid pushes every quarter', () => {
    const { wins } = winsAndLosses(games(launch), games(plan('paid-pushes')));
    expect(wins).toBeGreaterThan(0.95);
  });
  it('but the launch is one quarter: three quarters of campaigns before the community work lose to it', () => {
    const long = variant(launch, 'three launch quarters', {
      turns: {
        '1': { approach: 'campaign', voice: 'broadcast' },
        '2': { approach: 'campaign' },
        '3': { approach: 'campaign' },
      },
    });
    const { wins, losses } = winsAndLosses(games(launch), games(long));
    expect(wins).toBeGreaterThan(0.8);
    expect(losses).toBeLessThan(0.15);
  });
});

it(`is played on ${LESSON_SEEDS} seeds`, () => {
  expect(seeds.length).toBeGreaterThanOrEqual(500);
});

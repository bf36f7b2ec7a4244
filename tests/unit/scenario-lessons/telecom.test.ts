// The lessons the telecom scenario (scenarios/telecom.json) lists, each proved over 500 seeds of its own
// with its reference plans (scenarios/plans/telecom/). If the scenario stops teaching one, change the
// scenario's data, not the test.
import { describe, expect, it } from 'vitest';
import type { Plan, PlayedPlan } from '../../../src/sim';
import { toPoints } from '../../../src/sim';
import {
  LESSON_SEEDS,
  lessonBench,
  mean,
  share,
  steadyVersusCampaign,
  trust,
  variant,
  winsAndLosses,
} from './helpers';

const bench = lessonBench('telecom');
const { games, plan, scenario } = bench;
const listen = plan('listen-and-answer');

it('lists the lessons proved here', () => {
  expect(scenario.lessons).toEqual(['L1', 'L3', 'L5', 'L8', 'L11']);
});

describe('L1: everyday care and public answers beat offer campaigns and announcements', () => {
  it('end with more trust and a later phase, though the campaigns lead on reach in the first two quarters', () => {
    const l1 = steadyVersusCampaign(games(listen), games(plan('campaign-broadcast')));
    expect(l1.trust).toBeGreaterThan(0.95);
    expect(l1.phase).toBeGreaterThan(0.95);
    for (const lead of l1.campaignLeadsReach) expect(lead).toBeGreaterThan(0.95);
  });
});

describe('L3: train the agents first, then let them answer under their own name', () => {
  it('agents who answer untrained cause more than twice the incidents, and end with less trust', () => {
    const trained = games(listen);
    const untrained = games(plan('fast-untrained'));
    const incidents = (gs: PlayedPlan[]) => mean(gs.map((g) => g.final.incidents));
    expect(incidents(untrained)).toBeGreaterThan(2 * incidents(trained));
    expect(share(trained.map((g, i) => trust(g) > trust(untrained[i]!)))).toBeGreaterThan(0.9);
  });
  it('training in the first quarter beats the same training in the fourth', () => {
    const late = variant(listen, 'listen, training in the fourth quarter', {
      moves: {
        '1': ['evangelist-team'],
        '2': ['listening-desk', 'exec-sponsor'],
        '4': ['social-department', 'train-employees'],
        '6': ['integrate-functions'],
      },
    });
    const { wins, losses } = winsAndLosses(games(listen), games(late));
    expect(wins).toBeGreaterThan(0.6);
    expect(wins).toBeGreaterThan(2.5 * losses);
  });
});

describe('L5: a community built before a storm softens it', () => {
  it('the same outage, met by waiting for the facts, costs less trust in the eighth quarter than in the second', () => {
    const waiting: Plan = { ...listen, responses: { ...listen.responses, 'network-outage': 'wait-facts' } };
    const early = games({ ...waiting, name: 'outage in Q2' }, { fixedEvents: { '2': 'network-outage' } });
    const late = games({ ...waiting, name: 'outage in Q8' }, { fixedEvents: { '8': 'network-outage' } });
    const hit = (g: PlayedPlan, turn: number) =>
      (g.records[turn - 1]!.explanation.trust ?? [])
        .filter((c) => c.cause === 'event:network-outage')
        .reduce((sum, c) => sum + toPoints(c.delta), 0);
    // The same event, met the same way; what differs is the community the brand had built by then.
    expect(early.every((g) => g.records[1]!.event?.id === 'network-outage')).toBe(true);
    expect(late.every((g) => g.records[7]?.event?.id === 'network-outage')).toBe(true);
    const communityBefore = (g: PlayedPlan, turn: number) =>
      toPoints(g.records[turn - 2]!.state.vars.community);
    expect(mean(late.map((g) => communityBefore(g, 8)))).toBeGreaterThan(
      mean(early.map((g) => communityBefore(g, 2))) + 30,
    );
    expect(share(late.map((g, i) => hit(g, 8) > hit(early[i]!, 2)))).toBeGreaterThan(0.95);
    // At least a third of the blow is taken by the community.
    expect(mean(late.map((g) => hit(g, 8)))).toBeGreaterThan(mean(early.map((g) => hit(g, 2))) * 0.67);
  });
  it('a brand with no community loses far more to the crises of the deck', () => {
    const built = games(listen);
    const none = games(plan('campaign-broadcast'));
    const crises = (g: PlayedPlan) =>
      g.records.reduce(
        (sum, r) =>
          sum +
          (r.explanation.trust ?? [])
            .filter((c) => c.cause.startsWith('event:'))
            .reduce((s, c) => s + toPoints(c.delta), 0),
        0,
      ) / g.records.length;
    expect(share(built.map((g, i) => crises(g) > crises(none[i]!)))).toBeGreaterThan(0.85);
  });
});

describe('L8: listen first: sentiment and support savings on the dashboard from the first quarter', () => {
  const withDashboard = (name: string, measure: string[]) =>
    games(variant(listen, name, { every_turn: { ...listen.every_turn, measure }, phases: {} }));
  it('beat the dashboard that served the bike maker (retention, satisfaction, engagement)', () => {
    const { wins, losses } = winsAndLosses(
      games(listen),
      withDashboard('Velora dashboard', ['retention', 'satisfaction', 'engagement']),
    );
    expect(wins).toBeGreaterThan(0.9);
    expect(losses).toBeLessThan(0.05);
  });
  it('beat one flattering KPI or a pair, and the same KPIs without listening to sentiment', () => {
    for (const measure of [['support-cost'], ['sentiment'], ['support-cost', 'sentiment']])
      expect(
        winsAndLosses(games(listen), withDashboard(measure.join('+'), measure)).wins,
        measure.join('+'),
      ).toBeGreaterThan(0.9);
    const deaf = winsAndLosses(
      games(listen),
      withDashboard('no sentiment', ['satisfaction', 'support-cost', 'engagement']),
    );
    expect(deaf.wins).toBeGreaterThan(2 * deaf.losses);
  });
});

describe('L11: in a crisis, speed helps when the people answering are trained', () => {
  const outage = (base: Plan, answer: string, turn: number) =>
    games(
      {
        ...base,
        name: `${base.name}: ${answer} in Q${turn}`,
        responses: { ...base.responses, 'network-outage': answer },
      },
      { fixedEvents: { [String(turn)]: 'network-outage' } },
    );
  it('trained agents answering within the hour beat waiting for the report', () => {
    const { wins, losses } = winsAndLosses(outage(listen, 'answer-now', 6), outage(listen, 'wait-facts', 6));
    expect(wins).toBeGreaterThan(0.7);
    expect(losses).toBeLessThan(0.15);
  });
  it('where nobody is trained to answer in public, waiting for the facts is the better answer', () => {
    const careful = plan('careful-and-covered');
    const { wins, losses } = winsAndLosses(
      outage(careful, 'wait-facts', 2),
      outage(careful, 'answer-now', 2),
    );
    expect(wins).toBeGreaterThan(0.9);
    expect(losses).toBeLessThan(0.05);
  });
  it('the lawyers cover management and cost the customers: buy-in up, trust down, against an answer within the hour', () => {
    const legal = outage(listen, 'legal', 6);
    const fast = outage(listen, 'answer-now', 6);
    const at = (g: PlayedPlan, v: 'trust' | 'buyIn') => toPoints(g.records[5]!.state.vars[v]);
    expect(share(legal.map((g, i) => at(g, 'buyIn') > at(fast[i]!, 'buyIn')))).toBeGreaterThan(0.6);
    expect(share(legal.map((g, i) => at(g, 'trust') < at(fast[i]!, 'trust')))).toBeGreaterThan(0.95);
  });
});

it(`is played on ${LESSON_SEEDS} seeds`, () => {
  expect(bench.seeds.length).toBeGreaterThanOrEqual(500);
});

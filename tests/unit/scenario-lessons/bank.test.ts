// The lessons scenarios/bank.json lists (L1, L3, L11, L12, L13), over 500 seeds with its reference plans
// (scenarios/plans/bank/). A regulated bank: the policy and some control come before advisers speak, and
// control is a stage, not a destination. If the scenario stops teaching one, change its data, not the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GameSetup, type Plan, parsePlan, playPlan, toPoints } from '../../../src/sim';
import { loadScenario } from '../../../tools/load';
import {
  beats,
  headToHead,
  lessonBench,
  mean,
  participation,
  phase,
  share,
  trust,
  after as valueAfter,
  variant,
} from './helpers';

const b = lessonBench('bank');
const guidelines = b.plan('guidelines-first');
const open = b.plan('open-from-day-one');
const locked = b.plan('locked-down');
const untrained = b.plan('bottom-up-untrained');
const campaign = b.plan('campaign-broadcast');
/** The first quarter of the intended plan played otherwise: everything else the same. */
const firstQuarter = (name: string, choices: NonNullable<Plan['turns']>[string]) =>
  variant(guidelines, name, { turns: { 1: choices } });

describe('bank: the scenario lists what this test proves', () => {
  it('teaches L1, L3, L11, L12 and L13', () => {
    expect(b.scenario.lessons).toEqual(['L1', 'L3', 'L11', 'L12', 'L13']);
  });
});

describe('L1: a steady presence with dialogue beats advertising campaigns, though campaigns lead on reach early', () => {
  it('ends with more trust and a later phase than campaign and broadcast', () => {
    const good = b.games(guidelines);
    const ads = b.games(campaign);
    expect(beats(good, ads, trust)).toBeGreaterThan(0.95);
    // A later phase on most seeds, and never an earlier one (the slow gates keep some seeds in the first).
    expect(beats(good, ads, phase)).toBeGreaterThan(0.75);
    expect(beats(ads, good, phase)).toBe(0);
  });
  it('campaigns lead on reach in the first two quarters', () => {
    const early = (g: ReturnType<typeof b.games>[number]) =>
      (g.records[0]!.state.reach + g.records[1]!.state.reach) / 2;
    expect(beats(b.games(campaign), b.games(guidelines), early)).toBeGreaterThan(0.95);
  });
});

describe('L3: advisers who speak after their training beat control kept all game; untrained, they slip', () => {
  it('bottom-up after the policy ends with more trust and participation than top-down all game', () => {
    const good = b.games(guidelines);
    const control = b.games(locked);
    expect(beats(good, control, trust)).toBeGreaterThan(0.9);
    expect(beats(good, control, participation)).toBeGreaterThan(0.95);
  });
  it('advisers speaking without the policy cause far more compliance incidents', () => {
    const trained = b.games(guidelines);
    const free = b.games(untrained);
    const incidents = (gs: typeof trained) => mean(gs.map((g) => g.final.incidents));
    expect(incidents(free)).toBeGreaterThan(2 * incidents(trained));
    expect(share(free.map((g, i) => g.final.incidents >= trained[i]!.final.incidents))).toBeGreaterThan(0.8);
    expect(share(free.map((g) => g.final.phase === 0))).toBe(1);
  });
});

describe('L11: under regulation, top-down control and vetted announcements have their moment', () => {
  it('control and announcements before the policy beat opening up from day one', () => {
    const { wins, losses } = headToHead(b.games(guidelines), b.games(open));
    expect(wins / b.seeds.length).toBeGreaterThan(0.7);
    expect(losses).toBeLessThan(wins / 2);
  });
  it('the first quarter, before advisers are certified, is better under control than open', () => {
    const opened = b.games(firstQuarter('q1 open', { voice: 'dialogue', governance: 'bottom-up' }));
    expect(headToHead(b.games(guidelines), opened).wins / b.seeds.length).toBeGreaterThan(0.6);
  });
  it('a letter from the regulator before the policy costs much less backing under compliance approval', () => {
    const setup: GameSetup = { fixedEvents: { '1': 'regulator-letter' } };
    const approved = b.games(guidelines, setup, 'letter, top-down');
    const free = b.games(
      firstQuarter('letter, bottom-up', { voice: 'broadcast', governance: 'bottom-up' }),
      setup,
    );
    const buyInAfter = (g: (typeof free)[number]) => valueAfter(g, 1, 'buyIn');
    expect(beats(approved, free, buyInAfter)).toBeGreaterThan(0.95);
  });
  it('a public question asking for investment advice, before the policy, is best met with announcements', () => {
    const setup: GameSetup = { fixedEvents: { '1': 'advice-request' } };
    const announced = b.games(guidelines, setup, 'advice, broadcast');
    const talked = b.games(
      firstQuarter('advice, dialogue', { voice: 'dialogue', governance: 'top-down' }),
      setup,
    );
    const standing = (g: (typeof talked)[number]) => valueAfter(g, 1, 'trust') + valueAfter(g, 1, 'buyIn');
    expect(beats(announced, talked, standing)).toBeGreaterThan(0.95);
  });
  it('a phishing wave, even once advisers talk, is best met with one vetted warning to everyone', () => {
    const setup: GameSetup = { fixedEvents: { '6': 'phishing-wave' } };
    const warned = variant(guidelines, 'phishing, broadcast', {
      turns: { ...guidelines.turns, 6: { voice: 'broadcast' } },
    });
    const a = b.games(warned, setup);
    const d = b.games(guidelines, setup, 'phishing, dialogue');
    expect(beats(a, d, (g) => valueAfter(g, 6, 'trust'))).toBeGreaterThan(0.9);
  });
  it('control is a stage, not a destination: kept all game, it never leaves experimentation', () => {
    const control = b.games(locked);
    expect(headToHead(b.games(guidelines), control).wins / b.seeds.length).toBeGreaterThan(0.9);
    expect(mean(control.map(phase))).toBeLessThan(0.1);
  });
});

describe('L12: context decides: what wins for a city-bike maker loses in a bank', () => {
  // The same change to each scenario's open programme: compliance approval and announcements in the first
  // quarter. It costs Velora, which has no regulator watching, and saves Bramley.
  const controlFirst = (p: Plan): Plan => ({
    ...p,
    name: `${p.name}, control first`,
    turns: { 1: { voice: 'broadcast', governance: 'top-down' } },
  });
  it('control in the first quarter loses in the default scenario and wins in the bank', () => {
    const velora = loadScenario('default');
    const openVelora = parsePlan(
      JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
      velora,
    );
    const seeds = b.seeds;
    const there = seeds.map((s) => playPlan(velora, s, openVelora));
    const thereControlled = seeds.map((s) => playPlan(velora, s, controlFirst(openVelora)));
    const here = b.games(open);
    const hereControlled = b.games(controlFirst(open));
    expect(headToHead(thereControlled, there).losses / seeds.length).toBeGreaterThan(0.65);
    expect(headToHead(hereControlled, here).wins / seeds.length).toBeGreaterThan(0.65);
  });
});

describe('L13: slow gates: it takes time, and longer in a bank', () => {
  it('no plan reaches social marketing before the fifth quarter, nor social business before the eighth', () => {
    for (const plan of Object.values(b.plans))
      for (const g of b.games(plan)) {
        expect(g.records.slice(0, 4).every((r) => r.state.phase === 0)).toBe(true);
        expect(g.records.slice(0, 7).every((r) => r.state.phase < 2)).toBe(true);
      }
  });
  it('trust grows faster in the second half of the game than in the first', () => {
    const games = b.games(guidelines);
    const gain = (g: (typeof games)[number], from: number, to: number) =>
      valueAfter(g, to, 'trust') - valueAfter(g, from, 'trust');
    const start = toPoints(b.scenario.start.trust * 100);
    const firstHalf = (g: (typeof games)[number]) => valueAfter(g, 6, 'trust') - start;
    expect(share(games.map((g) => gain(g, 6, 12) > firstHalf(g)))).toBeGreaterThan(0.8);
  });
});

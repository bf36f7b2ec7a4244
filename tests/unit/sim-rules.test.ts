// Direct checks of single rules: the generator, purity, decision validation, moves, governance, gates, endings.
import { readdirSync, readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  GameError,
  gateConditions,
  initialState,
  newGame,
  ONE,
  playTurn,
  type SimState,
  type TurnDecision,
  validateDecision,
} from '../../src/sim';
import { nextFloat, seedRng } from '../../src/sim/rng';
import { scenario } from './random-game';

const game = newGame(scenario, 'rules', 'retention');
const ctx = contextOf(scenario, game);
const base: TurnDecision = {
  approach: 'continuity',
  voice: 'dialogue',
  governance: 'top-down',
  measure: ['retention'],
  moves: [],
};
function start(): SimState {
  const s = initialState(ctx, 'rules');
  return { ...s, pendingEvent: 'quiet-quarter' };
}

describe('the generator', () => {
  it('is Alea exactly as seedrandom computes it', () => {
    for (const seed of ['a', 'seed-42', 'été 2026', '']) {
      const reference = seedrandom.alea(seed);
      const rng = seedRng(seed);
      for (let i = 0; i < 1000; i++) expect(nextFloat(rng)).toBe(reference());
    }
  });
});

describe('purity of src/sim', () => {
  const files = readdirSync('src/sim').filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports no phaser, zustand or DOM and uses no engine-dependent maths', (file) => {
    const text = readFileSync(`src/sim/${file}`, 'utf8');
    expect(text).not.toMatch(/from ['"](phaser|zustand)/);
    expect(text).not.toMatch(/\b(document|window|localStorage|navigator)\./);
    expect(text).not.toMatch(/Math\.(random|exp|pow|log|log2|log10|sin|cos|tan|sqrt|cbrt|atan2?|hypot)\(/);
    expect(text).not.toMatch(/Date\.now\(|performance\.now\(|new Date\(/);
  });
});

describe('decision validation', () => {
  const problems = (d: Partial<TurnDecision>, s = start()) =>
    validateDecision(ctx, s, { ...base, ...d } as TurnDecision).map((p) => p.field);
  it('accepts a legal decision', () => expect(problems({})).toEqual([]));
  it('names each bad field', () => {
    expect(problems({ approach: 'spam' })).toEqual(['approach']);
    expect(problems({ voice: 'shout' })).toEqual(['voice']);
    expect(problems({ governance: 'chaos' })).toEqual(['governance']);
    expect(problems({ measure: ['followers', 'likes', 'page-views', 'engagement'] })).toEqual(['measure']);
    expect(problems({ measure: ['likes', 'likes'] })).toEqual(['measure']);
    expect(problems({ measure: ['mood'] })).toEqual(['measure[0]']);
    expect(problems({ moves: ['social-department'] })).toContain('moves[0]'); // needs phase 2 and a sponsor
    expect(problems({ moves: ['teleport'] })).toEqual(['moves[0]']);
    expect(problems({ response: 'dialogue' })).toEqual(['response']); // quiet quarter asks nothing
  });
  it('asks for a response when the event has responses, and refuses unaffordable ones', () => {
    const s = { ...start(), pendingEvent: 'viral-stunt' };
    expect(problems({}, s)).toEqual(['response']);
    expect(problems({ response: 'pass' }, s)).toEqual([]);
    const broke = { ...s, vars: { ...s.vars, budget: 5 * ONE } };
    expect(problems({ response: 'go' }, broke)).toEqual(['response']);
  });
  it('refuses a move already in place, a second move beyond the limit, and one the budget cannot pay', () => {
    const held = { ...start(), moves: ['exec-sponsor'] };
    expect(problems({ moves: ['exec-sponsor'] }, held)).toEqual(['moves[0]']);
    expect(problems({ moves: ['exec-sponsor', 'evangelist-team', 'train-employees'] })).toContain('moves');
    const broke = { ...start(), vars: { ...start().vars, budget: 3 * ONE } };
    expect(problems({ moves: ['train-employees'] }, broke)).toEqual(['moves[0]']);
  });
  it('playTurn throws a GameError listing the problems', () => {
    expect(() => playTurn(ctx, start(), { ...base, approach: 'spam' })).toThrow(GameError);
    expect(() => playTurn(ctx, start(), { ...base, approach: 'spam' })).toThrow(/approach/);
  });
});

describe('rules', () => {
  it('a move costs its price and acts at once', () => {
    const s = start();
    const r = playTurn(ctx, s, { ...base, moves: ['exec-sponsor'] });
    expect(r.explanation.budget?.find((c) => c.cause === 'move:exec-sponsor')?.delta).toBe(-8 * ONE);
    expect(r.explanation.buyIn?.find((c) => c.cause === 'move:exec-sponsor')?.delta).toBeGreaterThan(0);
    expect(r.state.moves).toContain('exec-sponsor');
  });
  it('changing governance has a cost', () => {
    const r = playTurn(ctx, start(), { ...base, governance: 'bottom-up' });
    const cost = r.explanation.buyIn?.find((c) => c.cause === 'governance:change');
    expect(cost?.delta).toBe(-2 * ONE);
    expect(
      playTurn(ctx, start(), base).explanation.buyIn?.find((c) => c.cause === 'governance:change'),
    ).toBeUndefined();
  });
  it('a governance fee never takes the budget below zero, so a free answer stays possible', () => {
    const s = { ...start(), pendingEvent: 'viral-complaint', vars: { ...start().vars, budget: 4 * ONE } };
    const d = { ...base, governance: 'bottom-up', response: 'silence' };
    expect(validateDecision(ctx, s, d)).toEqual([]);
    const r = playTurn(ctx, s, d);
    expect(r.explanation.budget?.find((c) => c.cause === 'governance:change')?.delta).toBe(-4 * ONE);
    expect(
      r.explanation.community?.find((c) => c.cause === 'approach:continuity')?.delta ?? 0,
    ).toBeGreaterThanOrEqual(0);
  });
  it('measuring nothing leaves management blind', () => {
    const r = playTurn(ctx, start(), { ...base, measure: [] });
    expect(r.explanation.buyIn?.find((c) => c.cause === 'management:blind')?.delta).toBeLessThan(0);
    expect(Object.values(r.state.dashboard).every((v) => v === null)).toBe(true);
  });
  it('a campaign spikes reach and raises expectations; a pause after it breaks trust', () => {
    const a = playTurn(ctx, start(), { ...base, approach: 'campaign', voice: 'broadcast' });
    expect(a.state.reach).toBeGreaterThan(start().reach + 20 * ONE);
    expect(a.state.vars.expectation).toBeGreaterThan(0);
    const b = playTurn(ctx, { ...a.state, pendingEvent: 'quiet-quarter' }, { ...base, approach: 'pause' });
    expect(b.explanation.trust?.find((c) => c.cause === 'approach:pause')?.delta).toBeLessThan(0);
  });
  it('the next phase gate lists what is missing', () => {
    const c = gateConditions(ctx, 0, start().vars, start().dashboard, []);
    expect(c).toEqual({ buyIn: false, trust: false, participation: true, value: false, moves: false });
    expect(gateConditions(ctx, 2, start().vars, start().dashboard, [])).toBeNull();
  });
  it('collapsing buy-in cancels the programme; collapsing trust loses the community', () => {
    const low = start();
    const cancelled = playTurn(
      ctx,
      { ...low, vars: { ...low.vars, buyIn: 5 * ONE } },
      { ...base, measure: [] },
    );
    expect(cancelled.state.ending).toBe('cancelled');
    expect(cancelled.state.pendingEvent).toBeNull();
    const lost = playTurn(
      ctx,
      { ...low, vars: { ...low.vars, trust: 2 * ONE } },
      { ...base, approach: 'pause', voice: 'broadcast' },
    );
    expect(lost.state.ending).toBe('community-lost');
    expect(() => playTurn(ctx, lost.state, base)).toThrow(/ended/);
  });
  it('a fixed event from the session setup replaces the draw', () => {
    const g = newGame(scenario, 'fixed', 'retention', {
      fixedEvents: { '1': 'budget-cut', '2': 'viral-complaint' },
    });
    const c = contextOf(scenario, g);
    const s = initialState(c, 'fixed');
    expect(s.pendingEvent).toBe('budget-cut');
    expect(playTurn(c, s, base).state.pendingEvent).toBe('viral-complaint');
  });
  it('refuses an unknown objective, a bad seed, and a bad setup', () => {
    expect(() => newGame(scenario, 's', 'fame')).toThrow(/objective/);
    expect(() => newGame(scenario, '', 'retention')).toThrow(/seed/);
    expect(() => newGame(scenario, 's', 'retention', { turns: 0 })).toThrow(/turns/);
    expect(() => newGame(scenario, 's', 'retention', { fixedEvents: { '3': 'alien-landing' } })).toThrow(
      /alien/,
    );
  });
});

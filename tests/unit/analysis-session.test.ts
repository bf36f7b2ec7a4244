import { describe, expect, it } from 'vitest';
import {
  parseSessionLink,
  type Session,
  seedFromNumber,
  sessionFragment,
  sessionLink,
  sessionProblems,
  sessionSetup,
} from '../../src/analysis/session';
import { newGame } from '../../src/sim';
import { scenario } from './analysis-helpers';

describe('session links', () => {
  it('round-trip every field', () => {
    const session: Session = {
      scenario: 'default',
      seed: 'Team day & co #1',
      turns: 8,
      fixedEvents: { '6': 'viral-complaint', '2': 'budget-cut' },
    };
    const link = sessionLink('https://example.org/game/index.html#old', session);
    expect(link.startsWith('https://example.org/game/index.html#setup=1&')).toBe(true);
    const back = parseSessionLink(new URL(link).hash);
    expect(back).toEqual({ ok: true, session });
    expect(sessionFragment(session)).toContain('events=2%3Abudget-cut%2C6%3Aviral-complaint');
  });

  it('give a game setup the model accepts', () => {
    const session: Session = {
      scenario: 'default',
      seed: 's',
      turns: 6,
      fixedEvents: { '3': 'viral-complaint' },
    };
    expect(sessionProblems(session, scenario)).toEqual([]);
    const game = newGame(scenario, session.seed, scenario.objectives[0]!.id, sessionSetup(session));
    expect(game.setup).toEqual({ turns: 6, fixedEvents: { '3': 'viral-complaint' } });
    expect(sessionSetup({ scenario: 'default', seed: 's' })).toEqual({});
  });

  it('return null without a session and a plain problem for a broken one', () => {
    expect(parseSessionLink('')).toBeNull();
    expect(parseSessionLink('#code=abc')).toBeNull();
    for (const bad of [
      '#setup=2&scenario=default&seed=x',
      '#setup=1&seed=x',
      '#setup=1&scenario=default',
      '#setup=1&scenario=default&seed=x&turns=99',
      '#setup=1&scenario=default&seed=x&events=6-crisis',
      '#setup=1&scenario=default&seed=x&events=6:a,6:b',
    ]) {
      const result = parseSessionLink(bad);
      expect(result?.ok, bad).toBe(false);
      if (result && !result.ok) expect(result.problem.length).toBeGreaterThan(10);
    }
  });

  it('name what the scenario cannot play', () => {
    expect(sessionProblems({ scenario: 'nope', seed: 's' }, undefined)[0]).toContain('nope');
    const problems = sessionProblems(
      { scenario: 'default', seed: 's', turns: 4, fixedEvents: { '2': 'alien-landing', '7': 'budget-cut' } },
      scenario,
    );
    expect(problems.join(' ')).toContain('alien-landing');
    expect(
      sessionProblems(
        { scenario: 'default', seed: 's', turns: 4, fixedEvents: { '7': 'budget-cut' } },
        scenario,
      ),
    ).toEqual(['the event fixed in turn 7 comes after the last turn (4)']);
  });

  it('draw readable seeds', () => {
    expect(seedFromNumber(0)).toBe('amber-bridge-0');
    expect(seedFromNumber(4_000_000)).toMatch(/^[a-z]+-[a-z]+-\d{1,2}$/);
    expect(new Set(Array.from({ length: 300 }, (_, i) => seedFromNumber(i * 97))).size).toBe(300);
  });
});

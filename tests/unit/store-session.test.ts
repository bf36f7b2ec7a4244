// A facilitator's session link sets every team's seed, length and fixed events.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSessionLink, sessionFragment } from '../../src/analysis/session';
import { parseScenarioText } from '../../src/sim';
import { bootStore, createGameStore } from '../../src/store/game-store';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const link = `#${sessionFragment({ scenario: 'default', seed: 'room-42', turns: 8, fixedEvents: { '2': 'viral-complaint' } })}`;

describe('joining a session from its link', () => {
  it('fixes the seed, the length and the events of every new game', () => {
    const store = createGameStore({ scenarios: [scenario], shelf: null });
    bootStore(store, null, parseSessionLink(link));
    const s = store.getState();
    expect(s.session?.seed).toBe('room-42');
    expect(s.seed).toBe('room-42');
    s.setSeed('something-else');
    s.drawSeed();
    expect(store.getState().seed).toBe('room-42');
    expect(store.getState().toBriefing()).toBe(true);
    store.getState().chooseObjective('retention');
    expect(store.getState().startGame()).toBe(true);
    const game = store.getState().game!;
    expect(game.seed).toBe('room-42');
    expect(game.setup).toEqual({ turns: 8, fixedEvents: { '2': 'viral-complaint' } });
  });

  it('reports a broken or foreign link and leaves the title screen usable', () => {
    for (const bad of [
      '#setup=9&scenario=default&seed=x',
      '#setup=1&scenario=default&seed=x&events=3:alien-landing',
    ]) {
      const store = createGameStore({ scenarios: [scenario], shelf: null });
      bootStore(store, null, parseSessionLink(bad));
      const s = store.getState();
      expect(s.session).toBeNull();
      expect(s.notices.map((n) => n.key)).toContain('notice.sessionInvalid');
      expect(s.notices[0]?.detail).toBeTruthy();
      expect(s.screen).toBe('title');
    }
  });
});

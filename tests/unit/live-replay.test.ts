// The live board replays a team's game once per update the server sends, not once per card per update.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencePlans } from '../../src/analysis/reference-plans';
import { parseScenarioText, playPlan, replay } from '../../src/sim';
import { replayOnce } from '../../src/ui/facilitator/live-replay';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const game = playPlan(scenario, 'live-replay', referencePlans(scenario)[0]!.plan).game;

describe('replayOnce', () => {
  it('gives what replay gives, and the same result again for the same game record', () => {
    const first = replayOnce(scenario, game);
    expect(first).toEqual(replay(scenario, game));
    expect(replayOnce(scenario, game)).toBe(first);
  });

  it('replays a new record of the game (the next update) anew', () => {
    const before = replayOnce(scenario, game);
    const shorter = { ...game, turns: game.turns.slice(0, 3) };
    const after = replayOnce(scenario, shorter);
    expect(after).not.toBe(before);
    expect(after.records).toHaveLength(3);
    expect(after).toEqual(replay(scenario, shorter));
  });

  it('does not hand the replay made for one scenario object to another', () => {
    const copy = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
    expect(replayOnce(copy, game)).not.toBe(replayOnce(scenario, game));
  });
});

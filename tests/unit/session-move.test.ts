// A facilitator's session moves to another browser by its JSON export: the same scenario, seed, length,
// fixed events, teams, names and notes, and no team flagged as another session's.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/analysis/session';
import { encodeResultCode, playPlan } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { readSessionExport, sessionExport } from '../../src/ui/facilitator/export-json';
import { plan, scenario } from './analysis-helpers';

const session: Session = {
  scenario: 'default',
  seed: 'move-1',
  turns: 9,
  fixedEvents: { '5': 'budget-cut' },
};
const setup = { turns: 9, fixedEvents: { '5': 'budget-cut' } };
const codes = ['continuity-dialogue', 'campaign-broadcast'].map((id) =>
  encodeResultCode(scenario, playPlan(scenario, 'move-1', plan(id), setup).game),
);

function filledStore() {
  const store = createFacilitatorStore([scenario], null, () => 1);
  store.getState().setSession(session);
  store.getState().collect(
    codes.map((text, i) => ({ text, name: ['Lyon', 'Paris'][i]! })),
    'code',
  );
  store.getState().setTeamNotes(codes[1]!, 'Ask about Q5.');
  store.getState().setNotes('Room B, 16:00.');
  return store;
}

describe('moving a session by its file', () => {
  it('restores the whole session in a fresh store, with every team in it', () => {
    const from = filledStore().getState();
    const text = sessionExport(from.session, from.teams, from.notes);
    const read = readSessionExport(text);
    if (!read?.ok) throw new Error(`not restored: ${JSON.stringify(read)}`);
    const to = createFacilitatorStore([scenario], null, () => 2);
    to.getState().restoreSession(read.move);
    const s = to.getState();
    expect(s.session).toEqual(session);
    expect(s.notes).toBe('Room B, 16:00.');
    expect(s.teams.map((t) => [t.name, t.code, t.notes, t.mismatch])).toEqual([
      ['Lyon', codes[0], '', []],
      ['Paris', codes[1], 'Ask about Q5.', []],
    ]);
    expect(s.view).toBe('compare');
  });

  it('refuses a file whose session could not be a link, and ignores text that is no export', () => {
    const from = filledStore().getState();
    const good = JSON.parse(sessionExport(from.session, from.teams, from.notes));
    for (const [patch, problem] of [
      [{ turns: 1_000_000_000 }, /number of turns/],
      [{ seed: '' }, /seed/],
      [{ fixedEvents: { '5': 'x y' } }, /fixed event/],
    ] as const) {
      const read = readSessionExport(JSON.stringify({ ...good, session: { ...good.session, ...patch } }));
      expect(read?.ok).toBe(false);
      expect(read && !read.ok && read.problem).toMatch(problem);
    }
    expect(readSessionExport('not json')).toBeNull();
    expect(readSessionExport('{"format":"social-journey-save"}')).toBeNull();
    expect(readSessionExport(JSON.stringify({ ...good, version: 7 }))?.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCode, checkSaveText, codesFromLink, sessionMismatch } from '../../src/analysis/collect';
import { readTranscript } from '../../src/analysis/transcript';
import {
  encodeResultCode,
  groupResultCode,
  playPlan,
  resultCodeFragment,
  serializeSave,
  stateHash,
} from '../../src/sim';
import { chatTranscript, formatOneCode, TRANSCRIPT_TEAMS } from '../fixtures/chat-transcript';
import { plan, scenario } from './analysis-helpers';

const a = playPlan(scenario, 'col-1', plan('continuity-dialogue'));
const b = playPlan(scenario, 'col-1', plan('campaign-broadcast'));
const codeA = encodeResultCode(scenario, a.game);
const codeB = encodeResultCode(scenario, b.game);

/** The same code with one character changed in the middle. */
function corrupt(code: string): string {
  const i = Math.floor(code.length / 2);
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

describe('collecting results', () => {
  it('splits pasted text: names, grouped codes, links, several codes on a line', () => {
    const text = [
      `Team Lyon: ${codeA}`,
      '',
      `  ${groupResultCode(codeB)}  `,
      `https://example.org/index.html${resultCodeFragment(codeA)}`,
      `${codeA} ${codeB}`,
      'hello',
    ].join('\n');
    const { inputs, ignored } = readTranscript(text);
    expect(inputs.map((i) => i.name)).toEqual(['Team Lyon', null, null, null, null]);
    expect(inputs.map((i) => i.text.replace(/\s/g, ''))).toEqual([codeA, codeB, codeA, codeA, codeB]);
    expect(ignored).toBe(1);
  });

  it('finds all 8 teams of a chat transcript: wrapped codes, senders, times, emoji, old codes', () => {
    const { text, codes } = chatTranscript(scenario, 'chat-1');
    const { inputs, ignored } = readTranscript(text);
    const results = inputs.map((i) => checkCode(i, [scenario]));
    // 10 codes sent; the last two are teams sending again (another grouping, then the old format 1,
    // refused with its reason: a game has one code).
    expect(results.map((r) => r.ok)).toEqual([...Array(9).fill(true), false]);
    expect(results[9]!.ok === false && results[9]!.code).toBe('unknown-version');
    expect(inputs.map((i) => i.name).slice(0, 8)).toEqual(TRANSCRIPT_TEAMS);
    const games = new Set(results.filter((r) => r.ok).map((r) => r.code));
    expect(games.size).toBe(8);
    expect([...games].sort()).toEqual([...codes.values()].sort());
    expect(ignored).toBe(9);
  });

  it('ends a code where its checksum matches, wherever the line breaks, and keeps a broken one to refuse', () => {
    for (const width of [5, 7, 17, 40]) {
      const wrapped = codeA.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
      const { inputs } = readTranscript(`Ana: ${wrapped}\nthanks BEEF 42`);
      expect(inputs.map((i) => [i.name, i.text])).toEqual([['Ana', codeA]]);
    }
    const { inputs } = readTranscript(`Team Typo: ${corrupt(codeA)} ok`);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.name).toBe('Team Typo');
    expect(checkCode(inputs[0]!, [scenario]).ok).toBe(false);
  });

  it('knows a game by what it decodes to: another case or grouping is the same code; format 1 is refused', () => {
    for (const text of [codeA.toLowerCase(), groupResultCode(codeA)]) {
      const r = checkCode({ text, name: null }, [scenario]);
      expect(r.ok && r.code).toBe(codeA);
    }
    const old = checkCode({ text: formatOneCode(codeA), name: null }, [scenario]);
    expect(old.ok === false && old.reason).toMatch(/format 1, from an earlier version of Social Journey/);
  });

  it('re-simulates good codes and refuses a corrupted one with its reason', () => {
    const results = readTranscript([codeA, corrupt(codeB), codeB].join('\n')).inputs.map((i) =>
      checkCode(i, [scenario]),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const [first, bad, third] = results;
    if (!first?.ok || bad?.ok !== false || !third?.ok) throw new Error('unexpected');
    expect(stateHash(first.replay.final)).toBe(stateHash(a.final));
    expect(stateHash(third.replay.final)).toBe(stateHash(b.final));
    expect(first.code).toBe(codeA);
    expect(bad.reason.length).toBeGreaterThan(20);
    expect(['bad-checksum', 'malformed']).toContain(bad.code);
    const junk = checkCode({ text: 'not a code', name: null }, [scenario]);
    expect(junk.ok).toBe(false);
  });

  it('reads save files and keeps their notes', () => {
    const text = serializeSave(scenario, a.game, { notes: 'We froze in turn 4.' });
    const result = checkSaveText({ text, name: 'lyon.json' }, [scenario]);
    expect(result.ok && result.notes).toBe('We froze in turn 4.');
    expect(result.ok && result.code).toBe(codeA);
    const broken = checkSaveText({ text: '{"format":"nope"}', name: 'x.json' }, [scenario]);
    expect(broken.ok).toBe(false);
  });

  it('reads codes from a facilitator link', () => {
    expect(codesFromLink(`https://x.org/facilitator.html#codes=${codeA},${codeB}`)).toEqual([codeA, codeB]);
    expect(codesFromLink(`https://x.org/facilitator.html?codes=${codeA}`)).toEqual([codeA]);
    expect(codesFromLink('https://x.org/facilitator.html')).toEqual([]);
  });

  it('says when a game was not played with the session', () => {
    expect(sessionMismatch(a.game, { scenario: 'default', seed: 'col-1' })).toEqual([]);
    expect(sessionMismatch(a.game, { scenario: 'default', seed: 'other', turns: 6 })).toEqual([
      'seed',
      'turns',
    ]);
  });
});

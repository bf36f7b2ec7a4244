import { describe, expect, it } from 'vitest';
import { findScormApi, type Scorm12Api } from '../../src/scorm/api';
import { LmsSession, SUSPEND_LIMIT, scormTimespan } from '../../src/scorm/lms-session';
import { ONE, platformScore, type SimState } from '../../src/sim';

/** A platform runtime that records what the course sets. */
function fakeApi(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', ...initial }));
  const calls: string[] = [];
  const call = (name: string) => () => {
    calls.push(name);
    return 'true';
  };
  const api: Scorm12Api = {
    LMSInitialize: call('init'),
    LMSFinish: call('finish'),
    LMSGetValue: (e) => values.get(e) ?? '',
    LMSSetValue: (e, v) => {
      values.set(e, v);
      return 'true';
    },
    LMSCommit: call('commit'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
  return { api, values, calls };
}

describe('SCORM 1.2 runtime search', () => {
  it('finds API in a parent, a grandparent, or the opener, and nothing outside a platform', () => {
    const { api } = fakeApi();
    const top = { API: api } as unknown as Window & { parent: Window };
    (top as { parent: Window }).parent = top;
    const middle = { parent: top } as unknown as Window;
    const course = { parent: middle } as unknown as Window;
    (course as { top: Window }).top = top;
    expect(findScormApi(course)).toBe(api);
    const popup = { opener: course } as unknown as Window & { parent: Window };
    (popup as { parent: Window }).parent = popup;
    expect(findScormApi(popup)).toBe(api);
    const alone = {} as Window & { parent: Window };
    (alone as { parent: Window }).parent = alone;
    expect(findScormApi(alone)).toBeNull();
  });
});

describe('a SCORM attempt', () => {
  it('starts incomplete, reports, and suspends an unfinished game', () => {
    const { api, values, calls } = fakeApi({ 'cmi.core.entry': 'ab-initio' });
    const s = LmsSession.start(api, 1_000)!;
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(s.suspendData()).toBe('');
    s.report({ suspend: 'SJ-CODE', ended: false, score: null });
    expect(values.get('cmi.suspend_data')).toBe('SJ-CODE');
    expect(values.has('cmi.core.score.raw')).toBe(false);
    s.finish(1_000 + 3_723_450);
    expect(values.get('cmi.core.session_time')).toBe('01:02:03.45');
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(calls.at(-1)).toBe('finish');
    s.finish();
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
  });

  it('completes a finished game with its score and a normal exit, and never writes over 4,096 characters', () => {
    const { api, values } = fakeApi({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'SJ-OLD' });
    const s = LmsSession.start(api)!;
    expect(s.suspendData()).toBe('SJ-OLD');
    s.report({ suspend: 'x'.repeat(SUSPEND_LIMIT + 1), ended: true, score: 72 });
    expect(values.get('cmi.suspend_data')).toBe('SJ-OLD');
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
    expect([
      values.get('cmi.core.score.raw'),
      values.get('cmi.core.score.min'),
      values.get('cmi.core.score.max'),
    ]).toEqual(['72', '0', '100']);
    s.finish();
    expect(values.get('cmi.core.exit')).toBe('');
  });

  it('is not opened when the platform refuses to initialise', () => {
    const { api } = fakeApi();
    expect(LmsSession.start({ ...api, LMSInitialize: () => 'false' })).toBeNull();
  });

  it('writes session time as SCORM 1.2 CMITimespan', () => {
    expect(scormTimespan(0)).toBe('00:00:00.00');
    expect(scormTimespan(59_999)).toBe('00:01:00.00');
    expect(scormTimespan(100 * 3_600_000 + 5_000)).toBe('100:00:05.00');
  });
});

describe('platform score', () => {
  const state = (phase: number, trust: number, buyIn: number, ending: SimState['ending']) =>
    ({ phase, ending, vars: { trust: trust * ONE, buyIn: buyIn * ONE } }) as unknown as SimState;
  it('is 30 points a phase beyond the first plus 0.4 times the mean of trust and buy-in', () => {
    expect(platformScore(state(0, 0, 0, 'completed'))).toBe(0);
    expect(platformScore(state(2, 80, 70, 'completed'))).toBe(90);
    expect(platformScore(state(1, 50, 51, 'completed'))).toBe(50); // 30 + 20.2
    expect(platformScore(state(1, 50, 52.5, 'completed'))).toBe(51); // 30 + 20.5 rounds up
    expect(platformScore(state(2, 100, 100, 'completed'))).toBe(100);
  });
  it('gives a failed programme its phase points only', () => {
    expect(platformScore(state(1, 90, 5, 'cancelled'))).toBe(30);
    expect(platformScore(state(0, 2, 60, 'community-lost'))).toBe(0);
  });
});

// One SCORM 1.2 attempt: initialise, read what the platform kept, report, and finish. Only what the game
// needs of the data model: lesson status, raw score (0-100), session time, suspend data, exit.
import type { Scorm12Api } from './api';

/** SCORM 1.2 allows 4,096 characters of suspend data. */
export const SUSPEND_LIMIT = 4096;

export type LessonStatus = 'incomplete' | 'completed';

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours on at least two digits). */
export function scormTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const rest = centis % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.min(hours, 9999)).padStart(2, '0')}:${two(minutes)}:${two(seconds)}.${two(rest)}`;
}

export class LmsSession {
  private finished = false;
  private ended = false;
  private readonly startedAt: number;

  private constructor(
    private readonly api: Scorm12Api,
    now: number,
  ) {
    this.startedAt = now;
  }

  /** Opens the attempt; null when the platform refuses (the game then runs as a plain page). */
  static start(api: Scorm12Api, now = Date.now()): LmsSession | null {
    if (String(api.LMSInitialize('')) !== 'true') return null;
    const session = new LmsSession(api, now);
    // A first entry is "not attempted": the learner has now started.
    const status = session.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') session.set('cmi.core.lesson_status', 'incomplete');
    session.commit();
    return session;
  }

  get(element: string): string {
    return String(this.api.LMSGetValue(element) ?? '');
  }

  private set(element: string, value: string): void {
    this.api.LMSSetValue(element, value);
  }

  private commit(): void {
    this.api.LMSCommit('');
  }

  /** What the platform kept from the last attempt ('' on a first entry). */
  suspendData(): string {
    return this.get('cmi.core.entry') === 'ab-initio' ? '' : this.get('cmi.suspend_data');
  }

  /** Reports the game as it stands: its code (to resume it), and at the end its status and score. */
  report(p: { suspend: string; ended: boolean; score: number | null }): void {
    if (this.finished) return;
    if (p.suspend.length <= SUSPEND_LIMIT) this.set('cmi.suspend_data', p.suspend);
    this.ended = p.ended;
    this.set('cmi.core.lesson_status', p.ended ? 'completed' : 'incomplete');
    if (p.score !== null) {
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
      this.set('cmi.core.score.raw', String(p.score));
    }
    this.commit();
  }

  /** Ends the attempt: the time spent, and "suspend" while the game is unfinished so it can resume. */
  finish(now = Date.now()): void {
    if (this.finished) return;
    this.finished = true;
    this.set('cmi.core.session_time', scormTimespan(now - this.startedAt));
    this.set('cmi.core.exit', this.ended ? '' : 'suspend');
    this.commit();
    this.api.LMSFinish('');
  }
}

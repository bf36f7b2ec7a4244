// Finding a learning platform's SCORM 1.2 runtime: the standard search (ADL's "findAPI") for an object
// named API in this window's parents, then in the window that opened it and that window's parents. A page
// opened outside a platform finds none and runs as a plain web page. Kept tiny: the game page loads it
// first, and the rest of the SCORM code only when a platform is there.

/** The SCORM 1.2 runtime calls the game uses. Every value is a string; 'true'/'false' for success. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** ADL's search goes no further than this many windows up. */
const MAX_DEPTH = 7;

function isApi(value: unknown): value is Scorm12Api {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Scorm12Api).LMSInitialize === 'function' &&
    typeof (value as Scorm12Api).LMSSetValue === 'function'
  );
}

function searchUp(start: Window | null | undefined): Scorm12Api | null {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    try {
      const api = (win as Window & { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      // A window of another origin: the platform's runtime is not reachable from here.
      return null;
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The platform's runtime, or null outside a platform. */
export function findScormApi(win: Window = window): Scorm12Api | null {
  const safe = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  return (
    searchUp(win) ??
    searchUp(safe(() => win.opener as Window | null)) ??
    searchUp(safe(() => win.top?.opener as Window | null))
  );
}

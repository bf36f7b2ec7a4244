// The page's look: dark or light theme, normal or high contrast. The one owner of that choice: it lives on
// <html> (data-theme, data-contrast, read by tokens.css) and in this browser's localStorage, shared by the
// game, the facilitator's page and the check page. Without a stored choice a page keeps its own default
// (the data-theme its HTML sets) and follows the system's "more contrast" preference.
import { t } from '../../i18n';
import { h } from '../dom';

export type Theme = 'dark' | 'light';
export interface Display {
  theme: Theme;
  contrast: boolean;
}

export const DISPLAY_KEY = 'social-journey.display';

function readStored(): Partial<Display> {
  try {
    const raw = globalThis.localStorage?.getItem(DISPLAY_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object') return {};
    const { theme, contrast } = parsed as Record<string, unknown>;
    return {
      ...(theme === 'dark' || theme === 'light' ? { theme } : {}),
      ...(typeof contrast === 'boolean' ? { contrast } : {}),
    };
  } catch {
    return {};
  }
}

function prefersMoreContrast(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-contrast: more)').matches ?? false;
  } catch {
    return false;
  }
}

/** What the page shows now. */
export function currentDisplay(root: HTMLElement = document.documentElement): Display {
  return {
    theme: root.dataset.theme === 'light' ? 'light' : 'dark',
    contrast: root.dataset.contrast === 'more',
  };
}

function apply(d: Display, root: HTMLElement) {
  root.dataset.theme = d.theme;
  if (d.contrast) root.dataset.contrast = 'more';
  else delete root.dataset.contrast;
  // The browser's own bar follows the page's ground.
  const bar = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
  const ground = getComputedStyle(root).getPropertyValue('--color-bg').trim();
  if (bar && ground) bar.content = ground;
  // The toggles say what is on, wherever a page has put them.
  for (const b of document.querySelectorAll('#theme-light'))
    b.setAttribute('aria-pressed', String(d.theme === 'light'));
  for (const b of document.querySelectorAll('#contrast-more'))
    b.setAttribute('aria-pressed', String(d.contrast));
}

/** Call once, first thing, so the page paints in its final look. */
export function initDisplay(root: HTMLElement = document.documentElement): Display {
  const stored = readStored();
  const d: Display = {
    theme: stored.theme ?? (root.dataset.theme === 'light' ? 'light' : 'dark'),
    contrast: stored.contrast ?? prefersMoreContrast(),
  };
  apply(d, root);
  return d;
}

/** Changes the look and keeps it for the next visit. */
export function setDisplay(change: Partial<Display>, root: HTMLElement = document.documentElement): Display {
  const d = { ...currentDisplay(root), ...change };
  apply(d, root);
  try {
    globalThis.localStorage?.setItem(DISPLAY_KEY, JSON.stringify(d));
  } catch {
    // The choice holds for this page even if it cannot be kept.
  }
  return d;
}

/** The two toggles every page's toolbar shows: light theme and high contrast (pressed buttons). */
export function displayToggles(): HTMLElement {
  const d = currentDisplay();
  return h(
    'div',
    { class: 'display-toggles', role: 'group', 'aria-label': t('display.label') },
    h(
      'button',
      {
        id: 'theme-light',
        type: 'button',
        class: 'btn btn-small',
        'aria-pressed': String(d.theme === 'light'),
        onclick: () => setDisplay({ theme: currentDisplay().theme === 'light' ? 'dark' : 'light' }),
      },
      t('display.light'),
    ),
    h(
      'button',
      {
        id: 'contrast-more',
        type: 'button',
        class: 'btn btn-small',
        'aria-pressed': String(d.contrast),
        onclick: () => setDisplay({ contrast: !currentDisplay().contrast }),
      },
      t('display.contrast'),
    ),
  );
}

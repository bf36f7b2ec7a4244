// The page's DOM shell: top bar, the stage (Phaser's parent, its text alternative, the HUD), the side
// panel with the current screen, notices, the live region and the shortcuts. Every part is rebuilt from
// the store when what it shows changes; focus, caret and scroll are put back so rebuilding is invisible.
import type { StoreApi } from 'zustand/vanilla';
import { LANGUAGES, t } from '../i18n';
import { stateHash } from '../sim';
import type { GameStore } from '../store/game-store';
import { briefingPanel } from './briefing-panel';
import { keepFocusClearOfBar } from './clear-of-bar';
import { decisionPanel } from './decision-panel';
import { displayToggles } from './design';
import { h } from './dom';
import { endPanel } from './end-panel';
import { hud } from './hud';
import { turnAnnouncement } from './live';
import { morphChildren } from './morph';
import { noticeList } from './notices';
import { reportPanel } from './report-panel';
import { roomBar, tickCountdown } from './room/room-bar';
import { installShortcuts, shortcutsDialog } from './shortcuts';
import { titlePanel } from './title-panel';
import { worldDescription } from './world-description';

export interface AppShell {
  /** Phaser's parent element. */
  world: HTMLElement;
  destroy(): void;
}

export function mountApp(root: HTMLElement, store: StoreApi<GameStore>): AppShell {
  const topbar = h('header', { class: 'topbar' });
  const world = h('div', { id: 'world', class: 'world', role: 'img' });
  // Focusable: with large text the dashboard scrolls, and a keyboard must be able to scroll it.
  const hudEl = h('div', {
    id: 'hud',
    class: 'hud',
    role: 'region',
    tabindex: 0,
    'aria-label': t('hud.region'),
  });
  const stage = h('section', { id: 'stage', class: 'stage' }, world, hudEl);
  const panel = h('main', { id: 'panel', class: 'panel', tabindex: -1 });
  const notices = h('div', { id: 'notices', class: 'notices' });
  const live = h('div', { id: 'live', class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const skip = h('a', { class: 'skip-link', href: '#panel' });
  const roomEl = h('div', { id: 'room', class: 'room-slot' });
  root.replaceChildren(skip, topbar, roomEl, h('div', { class: 'layout' }, stage, panel), notices, live);

  const renderTopbar = (s: GameStore) => {
    const inGame = s.screen !== 'title';
    topbar.replaceChildren(
      h(
        'span',
        { class: 'brandmark' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }),
        h('span', { class: 'brand-name' }, t('app.name')),
      ),
      h(
        'nav',
        { class: 'top-actions', 'aria-label': t('app.toolbar') },
        h(
          'div',
          { class: 'lang', role: 'group', 'aria-label': t('lang.label') },
          LANGUAGES.map((lang) =>
            h(
              'button',
              {
                id: `lang-${lang}`,
                type: 'button',
                class: 'btn btn-small',
                lang,
                'aria-pressed': String(s.language === lang),
                'aria-label': t(`lang.${lang}`),
                onclick: () => store.getState().setLanguage(lang),
              },
              lang.toUpperCase(),
            ),
          ),
        ),
        displayToggles(),
        h(
          'button',
          {
            id: 'shortcuts-btn',
            type: 'button',
            class: 'btn btn-small',
            'aria-keyshortcuts': '?',
            onclick: () => toggleShortcuts(),
          },
          t('app.keys'),
        ),
        inGame &&
          h(
            'button',
            {
              id: 'menu-btn',
              type: 'button',
              class: 'btn btn-small',
              onclick: () => store.getState().toTitle(),
            },
            t('app.menu'),
          ),
      ),
    );
    skip.textContent = t('app.skip');
  };

  let hashed: GameStore['current'] = null;
  const renderPanel = (s: GameStore, moveFocus: boolean) => {
    const keep = captureFocus(panel);
    // Reading scrollTop lays the page out: not worth it for the empty panel of the first render.
    const scrollTop = panel.firstChild ? panel.scrollTop : 0;
    const node =
      s.screen === 'title'
        ? titlePanel(store, s)
        : s.screen === 'briefing'
          ? briefingPanel(store, s)
          : s.screen === 'end'
            ? endPanel(store, s)
            : s.view === 'report'
              ? reportPanel(store, s)
              : decisionPanel(store, s);
    root.dataset.screen = s.screen;
    root.dataset.view = s.view;
    // The exact game state on screen, for tests that compare it with a replay (one small hash per state).
    if (s.current !== hashed) {
      hashed = s.current;
      root.dataset.stateHash = s.current ? stateHash(s.current) : '';
    }
    if (moveFocus) {
      panel.replaceChildren(node);
      panel.scrollTop = 0;
      const heading = document.getElementById('screen-heading');
      // On a phone the page scrolls, world first: a quarter's report starts at its heading, so what
      // happened and why come first; every other screen starts at the top.
      if (s.screen === 'play' && s.view === 'report' && getComputedStyle(panel).overflowY === 'visible')
        node.scrollIntoView({ block: 'start' });
      else window.scrollTo?.(0, 0);
      heading?.focus({ preventScroll: true });
    } else {
      // Same screen: patch what changed, so the browser keeps focus and scroll and restyles little.
      morphChildren(panel, wrap(node));
      if (panel.scrollTop !== scrollTop) panel.scrollTop = scrollTop;
      restoreFocus(keep);
    }
  };

  const renderHud = (s: GameStore) => {
    const keep = captureFocus(hudEl);
    const content = hud(s);
    morphChildren(hudEl, wrap(content));
    hudEl.hidden = !content;
    restoreFocus(keep);
  };

  const renderWorldText = (s: GameStore) => {
    world.setAttribute('aria-label', worldDescription(s));
  };

  const renderRoom = (s: GameStore) => {
    const keep = captureFocus(roomEl);
    morphChildren(roomEl, wrap(roomBar(s)));
    restoreFocus(keep);
    if (s.room?.deadline) tickCountdown();
  };

  const renderNotices = (s: GameStore) => {
    notices.replaceChildren(noticeList(store, s.notices));
  };

  const toggleShortcuts = () => {
    const open = document.getElementById('shortcuts-dialog') as HTMLDialogElement | null;
    if (open) open.close();
    else {
      const dialog = shortcutsDialog(store.getState());
      document.body.append(dialog);
      dialog.showModal();
    }
  };

  const renderAll = (s: GameStore, moveFocus: boolean) => {
    document.documentElement.lang = s.language;
    document.title = t('app.name');
    renderTopbar(s);
    renderPanel(s, moveFocus);
    renderHud(s);
    renderWorldText(s);
    renderRoom(s);
    renderNotices(s);
  };
  renderAll(store.getState(), false);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.language !== prev.language) return renderAll(s, false);
    const screenChanged = s.screen !== prev.screen || s.view !== prev.view;
    const panelChanged =
      screenChanged ||
      s.draft !== prev.draft ||
      s.carriedOpen !== prev.carriedOpen ||
      s.current !== prev.current ||
      // Only the title screen shows the stored games: an autosave must not rebuild a quarter's report.
      ((s.library !== prev.library || s.deleted !== prev.deleted) && s.screen === 'title') ||
      s.scenario !== prev.scenario ||
      s.scenarios !== prev.scenarios ||
      s.scenarioFile !== prev.scenarioFile ||
      s.objective !== prev.objective ||
      s.session !== prev.session ||
      (s.room !== prev.room && s.screen === 'title') ||
      (s.storagePersisted !== prev.storagePersisted && s.screen === 'title') ||
      s.game !== prev.game;
    if (s.screen !== prev.screen) renderTopbar(s);
    // The HUD first: a new screen's panel moves focus, which lays the page out, and then it is laid out
    // once with both.
    if (screenChanged || s.current !== prev.current) {
      renderHud(s);
      renderWorldText(s);
    }
    if (panelChanged) renderPanel(s, screenChanged);
    else if (s.seed !== prev.seed) syncSeedInput(s.seed);
    if (s.room !== prev.room) renderRoom(s);
    if (s.notices !== prev.notices) renderNotices(s);
    if (s.records.length > prev.records.length && s.records !== prev.records)
      live.textContent = turnAnnouncement(s);
  });

  const removeShortcuts = installShortcuts(store, toggleShortcuts);
  const removeClearOfBar = keepFocusClearOfBar(panel);
  return {
    world,
    destroy() {
      unsubscribe();
      removeShortcuts();
      removeClearOfBar();
    },
  };
}

/** A detached parent for a freshly built tree, the shape morphChildren compares with. */
function wrap(node: Node | null): HTMLElement {
  const box = document.createElement('div');
  if (node) box.append(node);
  return box;
}

function syncSeedInput(seed: string) {
  const input = document.getElementById('seed-input') as HTMLInputElement | null;
  if (input && input.value !== seed) input.value = seed;
}

interface FocusMemo {
  id: string | null;
  start: number | null;
  end: number | null;
  /** Values and open states of the elements marked to keep them (typed but not yet submitted). */
  kept: Map<string, { value?: string; open?: boolean }>;
}

function captureFocus(container: HTMLElement): FocusMemo {
  const active = document.activeElement as HTMLElement | null;
  const inside = active && container.contains(active) && active.id ? active : null;
  const kept = new Map<string, { value?: string; open?: boolean }>();
  for (const el of container.querySelectorAll<HTMLElement>('details[id], input[type="text"][id]')) {
    if (el instanceof HTMLDetailsElement) kept.set(el.id, { open: el.open });
    else if (el instanceof HTMLInputElement && el.id !== 'seed-input') kept.set(el.id, { value: el.value });
  }
  let start: number | null = null;
  let end: number | null = null;
  if (inside instanceof HTMLInputElement && inside.type === 'text') {
    start = inside.selectionStart;
    end = inside.selectionEnd;
  }
  return { id: inside?.id ?? null, start, end, kept };
}

function restoreFocus(memo: FocusMemo) {
  // When the patched page still has the focused element, there is nothing to put back.
  if (memo.id && document.activeElement?.id === memo.id) return;
  for (const [id, state] of memo.kept) {
    const el = document.getElementById(id);
    if (el instanceof HTMLDetailsElement && state.open !== undefined) el.open = state.open;
    if (el instanceof HTMLInputElement && state.value !== undefined) el.value = state.value;
  }
  if (!memo.id) return;
  const el = document.getElementById(memo.id);
  if (!el) return;
  el.focus({ preventScroll: true });
  if (el instanceof HTMLInputElement && memo.start !== null) el.setSelectionRange(memo.start, memo.end);
}

// Keyboard shortcuts. Plain keys, only when focus is not in a text field, so typing a seed or a code is
// never hijacked. Phaser's own keyboard is off (see src/game/create-game.ts), so these never fight it.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n';
import type { GameStore } from '../store/game-store';
import { h } from './dom';
import { focusGroup } from './focus-group';

/** Key -> the group it jumps to, on the decision screen. */
export const GROUP_KEYS: Record<string, string> = {
  e: 'response-group',
  a: 'approach-group',
  v: 'voice-group',
  g: 'governance-group',
  m: 'measure-group',
  o: 'moves-group',
};

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

export function installShortcuts(store: StoreApi<GameStore>, toggleHelp: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
    if (document.querySelector('dialog[open]') && e.key !== '?') return;
    const s = store.getState();
    const key = e.key.toLowerCase();
    if (e.key === '?') {
      e.preventDefault();
      toggleHelp();
      return;
    }
    if (s.screen !== 'play') return;
    if (s.view === 'decide') {
      const group = GROUP_KEYS[key];
      // A group folded into the carried-over line unfolds first (the store rebuilds the panel at once).
      if (group && !document.getElementById(group) && !s.carriedOpen) s.openCarried();
      if (group && focusGroup(group)) e.preventDefault();
      else if (key === 'p') {
        e.preventDefault();
        document.getElementById('confirm-turn')?.click();
      }
    } else if (key === 'n') {
      e.preventDefault();
      document.getElementById('next-quarter')?.click();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

export function shortcutsDialog(_s: GameStore): HTMLDialogElement {
  const rows: [string, string][] = [
    ['Tab', t('keys.tab')],
    ['↑ ↓', t('keys.arrows')],
    [t('keys.spaceName'), t('keys.space')],
    ['E', t('keys.e')],
    ['A', t('keys.a')],
    ['V', t('keys.v')],
    ['G', t('keys.g')],
    ['M', t('keys.m')],
    ['O', t('keys.o')],
    ['P', t('keys.p')],
    ['N', t('keys.n')],
    ['?', t('keys.help')],
  ];
  const dialog = h(
    'dialog',
    { id: 'shortcuts-dialog', class: 'dialog', 'aria-labelledby': 'shortcuts-heading' },
    h('h2', { id: 'shortcuts-heading' }, t('keys.heading')),
    h(
      'dl',
      { class: 'keys' },
      rows.map(([k, text]) => h('div', null, h('dt', null, h('kbd', null, k)), h('dd', null, text))),
    ),
    h(
      'form',
      { method: 'dialog', class: 'actions' },
      h('button', { id: 'close-shortcuts', class: 'btn btn-primary', value: 'close' }, t('keys.close')),
    ),
  );
  const opener = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  return dialog;
}

// Moving the focus into a group of options (the shortcut keys, the fold of carried choices, a missing choice).

/** Puts focus in a group: on its checked radio (a radio group's tab stop), else its first enabled control. */
export function focusGroup(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target =
    el.querySelector<HTMLInputElement>('input[type="radio"]:checked:not(:disabled)') ??
    el.querySelector<HTMLInputElement>('input:not(:disabled)') ??
    (el instanceof HTMLButtonElement ? el : null);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

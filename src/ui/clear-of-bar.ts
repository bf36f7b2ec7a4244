// The play bar sticks to the bottom of the panel (or of the page, on a phone): a control that takes the
// focus under it is scrolled up until it clears the bar, with a margin, whatever moved the focus (Tab, a
// shortcut key, a rebuilt panel).
const MARGIN = 12;

export function keepFocusClearOfBar(panel: HTMLElement): () => void {
  const onFocus = (e: FocusEvent) => {
    const target = e.target;
    if (!(target instanceof HTMLElement)) return;
    const bar = panel.querySelector<HTMLElement>('.sticky-actions');
    // Only a focus the keyboard moved: scrolling under a mouse press would move the label away before the
    // button is released, and the click would be lost.
    if (!bar || bar.contains(target) || !target.matches(':focus-visible')) return;
    // A radio or checkbox is drawn with its label: the whole option must clear the bar.
    const shown = target.closest('label') ?? target;
    const box = shown.getBoundingClientRect();
    const barTop = bar.getBoundingClientRect().top;
    const overlap = box.bottom + MARGIN - barTop;
    if (overlap <= 0) return;
    const panelScrolls =
      panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY !== 'visible';
    if (panelScrolls) panel.scrollTop += overlap;
    else window.scrollBy(0, overlap);
  };
  panel.addEventListener('focusin', onFocus);
  return () => panel.removeEventListener('focusin', onFocus);
}

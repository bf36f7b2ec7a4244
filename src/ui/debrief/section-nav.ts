// The debrief's section navigation: one row of buttons that sticks to the top of whatever scrolls the
// debrief (the game's dialog, or the facilitator's page). On a phone the row scrolls sideways, with a fade
// on the side where more buttons wait. Its real height (it grows with 200% text) is kept in
// --debrief-nav-h on the debrief, so headings and focused controls stop below it (debrief.css).
import { h } from '../dom';
import { fadeEdges } from './scroll-fade';

export interface NavSection {
  id: string;
  label: string;
  /** The element a button scrolls to and focuses (the section's heading). */
  target: () => HTMLElement | null;
}

export function sectionNav(label: string, sections: NavSection[]): HTMLElement {
  const buttons = sections.map((s) =>
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        'data-section': s.id,
        onclick: () => {
          const target = s.target();
          if (!target) return;
          target.scrollIntoView({ block: 'start' });
          target.focus({ preventScroll: true });
          chosen = s.id;
          mark(s.id);
        },
      },
      s.label,
    ),
  );
  const row = h('div', { class: 'debrief-nav-row' }, buttons);
  const nav = h('nav', { class: 'debrief-nav', 'aria-label': label }, row);

  const mark = (id: string) => {
    for (const b of buttons) {
      if (b.dataset.section === id) {
        b.setAttribute('aria-current', 'location');
        // Keep the current section's button in view in the row, unless the reader is moving through it.
        if (!nav.contains(document.activeElement)) reveal(b, true);
      } else b.removeAttribute('aria-current');
    }
  };
  /** Scrolls the row so the button shows whole, clear of the fades (the browser stops at "partly"). */
  const reveal = (b: HTMLElement, center: boolean) => {
    const fade = Number.parseFloat(getComputedStyle(row).scrollPaddingLeft) || 0;
    const left = b.offsetLeft - row.offsetLeft;
    const right = left + b.offsetWidth;
    const view = row.clientWidth;
    if (left >= row.scrollLeft + fade && right <= row.scrollLeft + view - fade) return;
    const to = center
      ? left - (view - b.offsetWidth) / 2
      : left < row.scrollLeft + fade
        ? left - fade
        : right - view + fade;
    row.scrollTo({ left: to });
  };
  row.addEventListener('focusin', (e) => reveal(e.target as HTMLElement, false));
  fadeEdges(row);

  // The section whose heading last passed under the nav is the current one; a section chosen in the nav
  // stays current while its heading is in sight (the last ones cannot scroll up to the nav).
  let chosen: string | null = null;
  let pending = false;
  const spy = (e: Event) => {
    if (pending || e.target === row) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (!nav.isConnected) return;
      const line = nav.getBoundingClientRect().bottom + 8;
      const picked = sections
        .find((s) => s.id === chosen)
        ?.target()
        ?.getBoundingClientRect();
      if (picked && picked.top >= line - 16 && picked.bottom <= innerHeight) return;
      chosen = null;
      let current = sections[0]?.id;
      for (const s of sections) {
        const top = s.target()?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) current = s.id;
      }
      if (current) mark(current);
    });
  };

  if (typeof ResizeObserver !== 'undefined') {
    const sized = new ResizeObserver(() => {
      if (!nav.isConnected) {
        sized.disconnect();
        document.removeEventListener('scroll', spy, true);
        return;
      }
      nav.closest<HTMLElement>('.debrief')?.style.setProperty('--debrief-nav-h', `${nav.offsetHeight}px`);
    });
    sized.observe(nav);
  }
  // Capture: the game's dialog scrolls itself, and scroll events do not bubble.
  document.addEventListener('scroll', spy, { capture: true, passive: true });
  return nav;
}

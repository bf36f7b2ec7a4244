// A row that scrolls sideways (the debrief's section nav, a chart or a table wider than a phone) fades out
// on the side where more of it waits, so a reader sees there is more (debrief.css, .fade-edges).

const updates = new WeakMap<Element, () => void>();
let observer: ResizeObserver | null = null;

/**
 * Keeps the classes more-before / more-after of `scroller` true as it scrolls and resizes; call the result
 * when its content changes width on its own.
 */
export function fadeEdges(scroller: HTMLElement): () => void {
  scroller.classList.add('fade-edges');
  const update = () => {
    const max = scroller.scrollWidth - scroller.clientWidth;
    scroller.classList.toggle('more-before', scroller.scrollLeft > 1);
    scroller.classList.toggle('more-after', scroller.scrollLeft < max - 1);
  };
  scroller.addEventListener('scroll', update, { passive: true });
  if (typeof ResizeObserver !== 'undefined') {
    // Toggling the classes changes only a mask, never a size: no resize loop.
    observer ??= new ResizeObserver((entries) => {
      for (const e of entries) {
        if (!e.target.isConnected) observer?.unobserve(e.target);
        else updates.get(e.target)?.();
      }
    });
    updates.set(scroller, update);
    observer.observe(scroller);
  }
  return update;
}

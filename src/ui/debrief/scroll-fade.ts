// A row that scrolls sideways (the debrief's section nav, a chart wider than a phone) fades out on the
// side where more of it waits, so a reader sees there is more (debrief.css, .fade-edges).

/** Keeps the classes more-before / more-after of `scroller` true; call the result after a resize. */
export function fadeEdges(scroller: HTMLElement): () => void {
  scroller.classList.add('fade-edges');
  const update = () => {
    const max = scroller.scrollWidth - scroller.clientWidth;
    scroller.classList.toggle('more-before', scroller.scrollLeft > 1);
    scroller.classList.toggle('more-after', scroller.scrollLeft < max - 1);
  };
  scroller.addEventListener('scroll', update, { passive: true });
  return update;
}

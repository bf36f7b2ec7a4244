// Still drawings of the world go into the page's SVG backdrop under the canvas (see backdrop.ts): drawn
// once by the browser, they cost software WebGL nothing per frame.
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes; numbers are rounded to a tenth of a pixel. */
export function svgShape<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs))
    el.setAttribute(name, typeof value === 'number' ? value.toFixed(1) : value);
  return el;
}

/** A 0xRRGGBB colour as SVG paint. */
export function paint(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

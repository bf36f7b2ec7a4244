// Patches a freshly built tree onto the one on the page, changing only what differs. The page keeps its
// elements, so focus, caret, scroll and open <details> stay put, and the browser restyles only what
// changed: a click costs a fraction of rebuilding the whole panel (which took a full frame on slow PCs).
import { type Built, dispatcher } from './dom';

/** Attributes the user changes on the page and that a rebuilt tree does not know about. */
const USER_STATE: Record<string, string> = { DETAILS: 'open' };

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== Node.ELEMENT_NODE) return true;
  const ea = a as Element;
  const eb = b as Element;
  return ea.tagName === eb.tagName && ea.id === eb.id && ea.getAttribute('type') === eb.getAttribute('type');
}

function morphAttributes(from: Element & Built, to: Element & Built) {
  const keep = USER_STATE[from.tagName];
  for (const { name } of [...from.attributes])
    if (!to.hasAttribute(name) && name !== keep) from.removeAttribute(name);
  for (const { name, value } of [...to.attributes]) {
    if (from.getAttribute(name) === value) continue;
    // A strict Content-Security-Policy refuses setAttribute('style'); the CSSOM is allowed (src/csp.ts).
    if (name === 'style') (from as unknown as ElementCSSInlineStyle).style.cssText = value;
    else from.setAttribute(name, value);
  }
  from.__on = to.__on;
  // Listeners are shared dispatchers (dom.ts): adding one twice is a no-op, so this only adds new types.
  for (const type of Object.keys(to.__on ?? {})) from.addEventListener(type, dispatcher(type));
  if (to.__props) {
    const live = from as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(to.__props)) if (live[key] !== value) live[key] = value;
  }
  from.__props = to.__props;
}

export function morph(from: Node, to: Node): void {
  if (from.nodeType === Node.TEXT_NODE) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
    return;
  }
  if (from.nodeType !== Node.ELEMENT_NODE) return;
  morphAttributes(from as Element & Built, to as Element & Built);
  morphChildren(from as Element, to as Element);
}

export function morphChildren(from: Element, to: Element): void {
  const wanted = [...to.childNodes];
  let current = from.firstChild;
  for (const next of wanted) {
    if (current && sameKind(current, next)) {
      morph(current, next);
      current = current.nextSibling;
    } else {
      // Not the same element: look ahead for one with the same id before inserting the new one.
      const id = next.nodeType === Node.ELEMENT_NODE ? (next as Element).id : '';
      const match = id ? (from.querySelector(`:scope > #${CSS.escape(id)}`) as Element | null) : null;
      if (match && sameKind(match, next)) {
        from.insertBefore(match, current);
        morph(match, next);
      } else from.insertBefore(next, current);
    }
  }
  while (current) {
    const after = current.nextSibling;
    current.remove();
    current = after;
  }
}

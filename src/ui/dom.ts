// A tiny element builder: h('button', {id: 'go', onclick}, 'Go'). Keeps the panels readable without a
// framework. Panels are rebuilt from the store and patched onto the page by morph() (morph.ts), so
// handlers and live properties are kept where morph can copy them: handlers in el.__on, the properties
// given here (checked, disabled, value) in el.__props.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown>;

export interface Built {
  __on?: Record<string, (this: Element, e: Event) => unknown>;
  __props?: Record<string, unknown>;
}

/** One listener per event type, shared: it calls whatever handler the element holds now. */
const dispatchers = new Map<string, EventListener>();
export function dispatcher(type: string): EventListener {
  let d = dispatchers.get(type);
  if (!d) {
    d = function (this: Element, e: Event) {
      return (this as Element & Built).__on?.[type]?.call(this, e);
    } as EventListener;
    dispatchers.set(type, d);
  }
  return d;
}

const PROPS = new Set(['checked', 'value', 'disabled']);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & Built;
  if (attrs)
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null) continue;
      if (PROPS.has(key) && (key !== 'value' || value !== false)) {
        (el as unknown as Record<string, unknown>)[key] = value;
        el.__props = { ...el.__props, [key]: value };
        if (key === 'disabled' && value) el.setAttribute('disabled', '');
        continue;
      }
      if (value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        const type = key.slice(2);
        el.__on = { ...el.__on, [type]: value as (e: Event) => unknown };
        el.addEventListener(type, dispatcher(type));
      } else if (key === 'class') {
        el.className = String(value);
      } else if (key === 'style' && typeof value === 'object') {
        Object.assign(el.style, value);
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Text only screen readers hear. */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only' }, text);
}

// Result codes as text: grouped for reading aloud, and carried in a link's fragment. Apart from code.ts,
// which checks games with zod, so the game page can read a link without loading zod.

/**
 * A code split into groups by spaces, easier to read aloud or copy from a screen; decoding ignores them.
 * Groups of four for the read-aloud format 2, of six for format 1.
 */
export function groupResultCode(code: string, size?: number): string {
  const text = code.replace(/\s+/g, '');
  const head = /^SJ[0-9]+-/i.exec(text)?.[0] ?? '';
  if (size === undefined) size = /^SJ1-/.test(head) ? 6 : 4;
  const groups = text.slice(head.length).match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
  return [head + (groups[0] ?? ''), ...groups.slice(1)].join(' ');
}

/** The URL fragment that carries a code, such as "#code=SJ3-...". Codes are URL-safe as they are. */
export function resultCodeFragment(code: string): string {
  return `#code=${code.replace(/\s+/g, '')}`;
}

/** The code in a URL or its fragment ("#code=...", possibly among other "&" parameters), or null. */
export function readResultCodeFragment(urlOrFragment: string): string | null {
  const at = urlOrFragment.indexOf('#');
  const fragment = at >= 0 ? urlOrFragment.slice(at + 1) : urlOrFragment;
  for (const part of fragment.split('&')) {
    if (!part.startsWith('code=')) continue;
    const raw = part.slice('code='.length);
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // A stray "%" is left as typed; decoding the code will say what is wrong with it.
    }
    return value.trim() === '' ? null : value.trim();
  }
  return null;
}

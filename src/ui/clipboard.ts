// Copying for the user. The Clipboard API needs a secure page and the browser's consent; where it is
// refused, the text is selected instead so the user copies it with the keyboard or the phone's menu.

/** Copies text with the Clipboard API; false where the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the whole text of an element, ready to copy by hand. */
export function selectText(el: Element): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

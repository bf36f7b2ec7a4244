// Reading result codes out of whatever the facilitator pastes: a chat transcript (Teams, Zoom, WhatsApp,
// Slack, Telegram...) with sender names, times and emoji around the codes, codes wrapped over several lines
// or grouped by spaces, links with "#code=", several codes on a line. A code's end is where its checksum
// matches (the sim says so), so a code wrapped anywhere is read whole and the words after it are left out.
// Every other line is ignored and counted, quietly.
import { resultCodeIntact } from '../sim';
import type { CollectInput } from './collect';

export interface TranscriptReading {
  inputs: CollectInput[];
  /** Non-empty lines that held no part of a code (chatter, greetings, names). */
  ignored: number;
}

/** A code's start: "SJ" and a version, not in the middle of a word. */
const CODE_START = /(?<![A-Za-z0-9])SJ[0-9]+-/gi;
/** The longest code body tried (format 1 codes of a 24-turn game with a long seed stay well below). */
const MAX_SYMBOLS = 220;
const FORMAT_1 = /^SJ1-$/;
const BASE64URL = /[A-Za-z0-9_-]/;
const SPOKEN = /[0-9A-Za-z]/;

const TIME = /\[?\(?\b\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\)?\]?/g;
const DATE = /\[?\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b,?\]?/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const EDGES = /^[\s\-–—,;:|•*>#[\]"'«»“”]+|[\s\-–—,;:|•*>#[\]"'«»“”=]+$/g;

/** A label a team writes before its code ("Team Lyon:"), not a sentence ("oops, here it is again:"). */
const looksLikeName = (text: string) =>
  text.length <= 40 && !/[,.!?]/.test(text) && text.split(/\s+/).length <= 5;

/** A name as people wrote it, without times, dates, emoji and punctuation around it; null when none. */
function cleanName(text: string): string | null {
  const name = text
    .replace(DATE, ' ')
    .replace(TIME, ' ')
    .replace(EMOJI, '')
    .replace(/\s+/g, ' ')
    .replace(EDGES, '');
  return name.length >= 1 && name.length <= 60 ? name : null;
}

/**
 * The team's name in the text before a code on its line: "Team Lyon: CODE" gives "Team Lyon", "[10:02]
 * Ana: Team Porto: CODE" gives "Team Porto" (the name written right before the code wins over the sender),
 * "[10:02] Ana: here is ours CODE" gives "Ana", a Zoom line "From Ana to Everyone: CODE" gives "Ana".
 */
function nameBefore(prefix: string): string | null {
  const text = prefix
    .replace(/\S*[#?&]codes?=$/, '')
    .replace(EMOJI, '')
    .trim();
  if (text === '') return null;
  const zoom = /^(?:.*\s)?From\s+(.+?)\s+to\s+.+?:/i.exec(text.replace(TIME, ' '));
  const parts = text
    .replace(DATE, ' ')
    .replace(TIME, ' ')
    .split(/:\s|:$|\t/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const endsLikeALabel = /[:=\t]\s*$/.test(text) || /[-–—]\s*$/.test(text);
  if (endsLikeALabel && parts.length > 0) {
    const last = parts[parts.length - 1]!;
    // "From Ana to Everyone:" is Zoom's sender line, not a label the team wrote.
    if (!(zoom && parts.length === 1) && (parts.length === 1 || looksLikeName(last))) return cleanName(last);
  }
  if (zoom) return cleanName(zoom[1]!);
  return parts.length >= 2 ? cleanName(parts[0]!) : null;
}

/** The sender named on a line of its own before a code: "Bob, [01.12.26 10:06]", "Kai  10:07 AM", "Ana:". */
function senderLine(line: string): string | null {
  const hasTime = TIME.test(line) || DATE.test(line);
  TIME.lastIndex = 0;
  DATE.lastIndex = 0;
  const said = /^(.{1,60}?):\s/.exec(line.replace(DATE, ' ').replace(TIME, ' ').trim());
  if (said) return cleanName(said[1]!);
  if (!hasTime) return null;
  const name = cleanName(line);
  return name && name.length <= 40 ? name : null;
}

interface Located {
  /** Offset in the text of each symbol of the body. */
  at: number[];
  body: string;
}

/** The symbols after a code's head, skipping the separators a chat puts in (spaces, line breaks, dashes). */
function bodyAfter(text: string, from: number, head: string): Located {
  const spoken = !FORMAT_1.test(head.toUpperCase());
  const at: number[] = [];
  let body = '';
  let i = from;
  let breaks = 0;
  while (i < text.length && body.length < MAX_SYMBOLS) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line ends a message.
      if (++breaks > 1) break;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || (spoken && ch === '-')) {
      // A separator.
    } else if ((spoken ? SPOKEN : BASE64URL).test(ch)) {
      if (/^SJ[0-9]+-/i.test(text.slice(i, i + 8)) && !/[A-Za-z0-9]/.test(text[i - 1] ?? ' ')) break;
      breaks = 0;
      body += ch;
      at.push(i);
    } else break;
    i++;
  }
  return { at, body };
}

export function readTranscript(text: string): TranscriptReading {
  const src = text.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lines = src.split('\n');
  const used = new Set<number>();
  const inputs: CollectInput[] = [];
  let searchFrom = 0;
  for (;;) {
    CODE_START.lastIndex = searchFrom;
    const m = CODE_START.exec(src);
    if (!m) break;
    const head = m[0];
    const start = m.index;
    const { at, body } = bodyAfter(src, start + head.length, head);
    // The shortest run of symbols that makes an intact code; else the symbols on the code's own line, so
    // the refusal says what is wrong with what the team sent.
    const line = lineOf(start);
    let count = 0;
    for (let n = 1; n <= body.length; n++)
      if (resultCodeIntact(head + body.slice(0, n))) {
        count = n;
        break;
      }
    if (count === 0) count = at.filter((offset) => lineOf(offset) === line).length;
    const end = count > 0 ? at[count - 1]! + 1 : start + head.length;
    for (let l = line; l <= lineOf(end - 1); l++) used.add(l);
    const prefix = src.slice(lineStarts[line]!, start);
    let name = nameBefore(prefix);
    if (name === null && prefix.trim() === '') {
      let prev = line - 1;
      while (prev >= 0 && lines[prev]!.trim() === '') prev--;
      if (prev >= 0 && !used.has(prev)) name = senderLine(lines[prev]!.trim());
    }
    inputs.push({ text: head.toUpperCase() + body.slice(0, count), name });
    searchFrom = end;
  }
  const ignored = lines.filter((l, i) => l.trim() !== '' && !used.has(i)).length;
  return { inputs, ignored };
}

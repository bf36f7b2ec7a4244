// CSV export for spreadsheets (one row per team per turn) and the small RFC 4180 reader the tests use to
// check the round trip. Numbers are points with up to two decimals (the model's hundredths / 100). Two
// dialects: comma with a decimal point (English spreadsheets) and semicolon with a decimal comma (French
// ones); the file starts with a UTF-8 byte order mark so accents open right. docs/export.md lists the
// columns.
import { type GameRecord, KPI_IDS, PHASE_IDS, type Replay, toPoints, VAR_IDS } from '../sim';

export interface CsvTeam {
  name: string;
  game: GameRecord;
  replay: Pick<Replay, 'records'>;
}

const VAR_COLUMNS: Record<(typeof VAR_IDS)[number], string> = {
  trust: 'trust',
  buyIn: 'buy_in',
  community: 'community',
  wordOfMouth: 'word_of_mouth',
  participation: 'participation',
  coherence: 'coherence',
  paidReach: 'paid_reach',
  expectation: 'expectation',
  fragmentation: 'fragmentation',
  competition: 'competition',
  followers: 'followers',
  budget: 'budget',
};

const snake = (id: string) => id.replace(/-/g, '_');

export const CSV_COLUMNS: readonly string[] = [
  'team',
  'scenario',
  'seed',
  'objective',
  'turn',
  'phase',
  'ending',
  'approach',
  'voice',
  'governance',
  'measure',
  'moves',
  'event',
  'response',
  'event_success',
  'dissonance',
  ...VAR_IDS.map((v) => VAR_COLUMNS[v]),
  'reach',
  ...KPI_IDS.map((k) => `true_${snake(k)}`),
  ...KPI_IDS.map((k) => `seen_${snake(k)}`),
];

export interface CsvDialect {
  /** Between fields. */
  separator: ',' | ';' | '\t';
  /** The decimal mark of numbers. */
  decimal: '.' | ',';
}

export const CSV_DIALECTS = {
  comma: { separator: ',', decimal: '.' },
  semicolon: { separator: ';', decimal: ',' },
} as const satisfies Record<string, CsvDialect>;

export type CsvDialectId = keyof typeof CSV_DIALECTS;

/** The dialect a spreadsheet in this language expects: French ones split on ";" and write "42,5". */
export function dialectForLanguage(lang: string): CsvDialectId {
  return /^(fr|de|es|it|pt|nl)\b/i.test(lang) ? 'semicolon' : 'comma';
}

/** Points as text: 4257 -> "42.57", 4250 -> "42.5" (or "42,57" with a decimal comma). */
export function pointsText(hundredths: number, decimal: '.' | ',' = '.'): string {
  const text = String(toPoints(hundredths));
  return decimal === ',' ? text.replace('.', ',') : text;
}

const NUMBER = /^-?[0-9]+([.,][0-9]+)?$/;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or line break) as a formula: any such cell,
 * whatever its column, gets a leading quote. A plain number ("-3.5") is no formula and stays a number.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r\n]/.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string, separator: string = ','): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows as the model gives them (decimal point, nothing neutralised yet). */
export function csvRows(teams: readonly CsvTeam[], decimal: '.' | ',' = '.'): string[][] {
  const num = (h: number) => pointsText(h, decimal);
  const rows: string[][] = [];
  for (const team of teams) {
    for (const r of team.replay.records) {
      const s = r.state;
      const d = r.decision;
      const cells: Record<string, string> = {
        team: team.name,
        scenario: team.game.scenario.id,
        seed: team.game.seed,
        objective: team.game.objective,
        turn: String(r.turn),
        phase: PHASE_IDS[s.phase] ?? '',
        ending: r.ending ?? '',
        approach: d.approach,
        voice: d.voice,
        governance: d.governance,
        measure: d.measure.join(';'),
        moves: d.moves.join(';'),
        event: r.event?.id ?? '',
        response: r.event?.response ?? '',
        event_success: r.event?.success === null || !r.event ? '' : r.event.success ? 'yes' : 'no',
        dissonance: r.dissonance ? 'yes' : 'no',
        reach: num(s.reach),
      };
      for (const v of VAR_IDS) cells[VAR_COLUMNS[v]] = num(s.vars[v]);
      for (const k of KPI_IDS) {
        cells[`true_${snake(k)}`] = num(s.kpis[k]);
        const seen = s.dashboard[k];
        cells[`seen_${snake(k)}`] = seen === null ? '' : num(seen);
      }
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
    }
  }
  return rows;
}

/**
 * The whole file: a byte order mark, a header line, then the rows, every cell neutralised; CRLF line ends
 * as RFC 4180 asks.
 */
export function toCsv(teams: readonly CsvTeam[], dialect: CsvDialect = CSV_DIALECTS.comma): string {
  const lines = [CSV_COLUMNS, ...csvRows(teams, dialect.decimal)].map((row) =>
    row.map((cell) => csvField(neutralise(cell), dialect.separator)).join(dialect.separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a final line end is optional. */
export function parseCsv(text: string, separator: string = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parsed CSV as one object per data row, keyed by the header. */
export function csvRecords(text: string, separator: string = ','): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text, separator);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

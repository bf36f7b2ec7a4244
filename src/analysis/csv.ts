// CSV export for spreadsheets (one row per team per turn) and the small RFC 4180 reader the tests use to
// check the round trip. Numbers are points with up to two decimals (the model's hundredths / 100), with a
// dot as decimal mark whatever the interface language, so every spreadsheet reads them the same way.
// docs/export.md lists the columns.
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

/** Points as text: 4257 -> "42.57", 4250 -> "42.5". */
export function pointsText(hundredths: number): string {
  return String(toPoints(hundredths));
}

/** Spreadsheets run a cell that starts with = + - @ as a formula: such team names get a leading quote. */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRows(teams: readonly CsvTeam[]): string[][] {
  const rows: string[][] = [];
  for (const team of teams) {
    for (const r of team.replay.records) {
      const s = r.state;
      const d = r.decision;
      const cells: Record<string, string> = {
        team: safeText(team.name),
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
        reach: pointsText(s.reach),
      };
      for (const v of VAR_IDS) cells[VAR_COLUMNS[v]] = pointsText(s.vars[v]);
      for (const k of KPI_IDS) {
        cells[`true_${snake(k)}`] = pointsText(s.kpis[k]);
        const seen = s.dashboard[k];
        cells[`seen_${snake(k)}`] = seen === null ? '' : pointsText(seen);
      }
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
    }
  }
  return rows;
}

/** The whole file: a header line, then the rows; CRLF line ends as RFC 4180 asks. */
export function toCsv(teams: readonly CsvTeam[]): string {
  const lines = [CSV_COLUMNS, ...csvRows(teams)].map((row) => row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a final line end is optional. */
export function parseCsv(text: string): string[][] {
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
    else if (ch === ',') {
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
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

// The CSV export opens as columns in an English or a French spreadsheet, and no cell can run as a formula.
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  CSV_DIALECTS,
  csvRecords,
  dialectForLanguage,
  neutralise,
  parseCsv,
  toCsv,
} from '../../src/analysis/csv';
import { playPlan } from '../../src/sim';
import { plan, scenario } from './analysis-helpers';

const hostile = playPlan(scenario, "=cmd|' /C calc'!A0", plan('continuity-dialogue'));
const team = (name: string) => ({ name, game: hostile.game, replay: hostile });

describe('CSV for spreadsheets', () => {
  it('starts with a UTF-8 byte order mark, and the reader skips it', () => {
    const text = toCsv([team('Équipe Zoé')]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)[0]).toEqual(CSV_COLUMNS);
    expect(csvRecords(text)[0]!.team).toBe('Équipe Zoé');
  });

  it('neutralises every cell that starts with = + - @ or a tab, whatever its column (the seed too)', () => {
    for (const name of ['=1+2', '+33 6', '-x', '@SUM(A1)', '\tlead', 'plain']) {
      for (const dialect of Object.values(CSV_DIALECTS)) {
        const text = toCsv([team(name)], dialect);
        for (const row of parseCsv(text, dialect.separator))
          for (const cell of row)
            expect(/^[=+\-@\t\r\n]/.test(cell) && !/^-?[0-9]+([.,][0-9]+)?$/.test(cell), cell).toBe(false);
        const first = csvRecords(text, dialect.separator)[0]!;
        expect(first.seed).toBe(`'=cmd|' /C calc'!A0`);
        expect(first.team).toBe(name === 'plain' ? 'plain' : `'${name}`);
      }
    }
  });

  it('leaves plain numbers alone, negative ones included', () => {
    expect(neutralise('-3.5')).toBe('-3.5');
    expect(neutralise('-3,5')).toBe('-3,5');
    expect(neutralise('-3.5+1')).toBe("'-3.5+1");
    expect(neutralise('-')).toBe("'-");
  });

  it('writes ";" and a decimal comma for French spreadsheets, with the same numbers', () => {
    const comma = csvRecords(toCsv([team('A')]));
    const semi = csvRecords(toCsv([team('A')], CSV_DIALECTS.semicolon), ';');
    expect(semi).toHaveLength(comma.length);
    comma.forEach((row, i) => {
      for (const col of ['trust', 'buy_in', 'reach', 'budget'])
        expect(Number(semi[i]![col]!.replace(',', '.'))).toBe(Number(row[col]));
    });
    expect(semi.some((r) => r.trust!.includes(','))).toBe(true);
    expect(dialectForLanguage('fr')).toBe('semicolon');
    expect(dialectForLanguage('fr-CA')).toBe('semicolon');
    expect(dialectForLanguage('en')).toBe('comma');
  });

  it('quotes a field holding the separator in either dialect', () => {
    const text = toCsv([team('Lyon; Paris')], CSV_DIALECTS.semicolon);
    expect(csvRecords(text, ';')[0]!.team).toBe('Lyon; Paris');
  });
});

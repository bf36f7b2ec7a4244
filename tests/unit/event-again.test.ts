// A repeated event reads as one ("Again: ..."), in both languages; the live region names a cause once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pick, t } from '../../src/i18n';
import { parsePlan, parseScenarioText, playPlan } from '../../src/sim';
import { eventTitle } from '../../src/ui/event-title';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const plan = parsePlan(
  JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
  scenario,
);

describe('events drawn again', () => {
  it('say so from the second draw on, in English and French', () => {
    // A game in which one event comes twice.
    let found: { drawn: string[]; id: string; at: number } | null = null;
    for (let i = 0; i < 200 && !found; i++) {
      const drawn = playPlan(scenario, `again-${i}`, plan).final.drawn;
      const at = drawn.findIndex((id, k) => drawn.indexOf(id) < k);
      if (at > 0) found = { drawn, id: drawn[at]!, at };
    }
    expect(found, 'no seed draws an event twice').not.toBeNull();
    const { drawn, id, at } = found!;
    const event = scenario.events.find((e) => e.id === id)!;
    const first = drawn.indexOf(id);
    for (const lang of ['en', 'fr'] as const) {
      expect(eventTitle(scenario, drawn.slice(0, first + 1), id, lang)).toBe(pick(event.title, lang));
      const again = eventTitle(scenario, drawn.slice(0, at + 1), id, lang);
      expect(again).toBe(t('event.again', { title: pick(event.title, lang) }, lang));
      expect(again).not.toBe(pick(event.title, lang));
    }
  });
});

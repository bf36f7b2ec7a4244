// "Why you were stuck": the conditions of the next phase's gate that held the team back, how often and by
// how much (src/analysis/stuck.ts), in words.
import { type StuckCondition, whyStuck } from '../../analysis/stuck';
import { t, tn } from '../../i18n';
import type { GameRecord, Replay, Scenario } from '../../sim';
import { h } from '../dom';
import { points } from '../format';
import { phaseLabel } from './labels';

function conditionLabel(scenario: Scenario, game: GameRecord, c: StuckCondition): string {
  if (c.id === 'moves') return t('debrief.stuck.moves');
  const level = c.needs === null ? 0 : c.needs / 100;
  const aligned = scenario.objectives.find((o) => o.id === game.objective)?.alignedKpis ?? [];
  if (c.id === 'value' && aligned.length === 0) return t('gate.valueAny', { level });
  return t(`gate.${c.id}`, { level });
}

export function stuckView(scenario: Scenario, game: GameRecord, played: Replay): HTMLElement | null {
  const report = whyStuck(scenario, game, played);
  if (!report || (report.conditions.length === 0 && report.allMet === 0)) return null;
  const hold = scenario.phases[report.nextPhase]?.gate?.holdTurns ?? 1;
  return h(
    'div',
    { class: 'stuck', 'data-testid': 'stuck' },
    h(
      'p',
      null,
      tn('debrief.stuck.lead', report.quarters, {
        phase: phaseLabel(scenario, report.phase),
        next: phaseLabel(scenario, report.nextPhase),
      }),
    ),
    h(
      'ul',
      { class: 'findings' },
      report.conditions.map((c) =>
        h(
          'li',
          { 'data-condition': c.id },
          h('strong', null, conditionLabel(scenario, game, c)),
          ' ',
          tn('debrief.stuck.short', c.quarters, { total: report.quarters }),
          c.needs !== null
            ? [
                ' ',
                c.now === null
                  ? t('debrief.stuck.endUnmeasured', { needs: points(c.needs, 1) })
                  : t('debrief.stuck.end', { now: points(c.now, 1), needs: points(c.needs, 1) }),
              ]
            : null,
          c.closest
            ? [' ', t('debrief.stuck.closest', { turn: c.closest.turn, short: points(c.closest.short, 1) })]
            : null,
        ),
      ),
      report.allMet > 0 ? h('li', null, tn('debrief.stuck.allMet', report.allMet, { hold })) : null,
    ),
  );
}

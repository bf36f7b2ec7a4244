// Why the sim refuses an option (a Block of src/sim/options.ts), in the players' words: the decision panel
// and the debrief's what-if say it the same way.
import { pick, t, tn } from '../i18n';
import { type Block, type Scenario, toPoints } from '../sim';
import { money } from './format';

/** Why an option cannot be chosen, in the players' words. */
export function blockNote(sc: Scenario, b: Block): string {
  switch (b.reason) {
    case 'phase':
      return t('play.block.phase', { name: pick(sc.phases[b.phase]!.label) });
    case 'requires':
      return t('play.block.requires', {
        moves: b.missing.map((id) => pick(sc.moves.find((m) => m.id === id)!.label)).join(', '),
      });
    case 'moves-limit':
      return tn('play.block.limit', b.max);
    case 'budget':
      return t('play.block.budget', { short: money(toPoints(b.short)) });
    case 'held':
      return t('play.inPlace');
    case 'kpi-limit':
    case 'duplicate':
    case 'ended':
      return '';
  }
}

// The canvas's text alternative: what the picture shows, in words, from the same state the scene draws.
import { pick, t } from '../i18n';
import type { GameStore } from '../store/game-store';
import { buyInWord, trustWord } from './format';
import { sizeWord } from './report-panel';

export function worldDescription(s: GameStore): string {
  const sc = s.scenario;
  if ((s.screen === 'play' || s.screen === 'end') && s.current) {
    const v = s.current.vars;
    return t('world.play', {
      brand: sc.brand.name,
      size: t(`report.size.${sizeWord(v.community)}`),
      trust: trustWord(v.trust),
      buyIn: buyInWord(v.buyIn),
      phase: pick(sc.phases[s.current.phase]!.label),
      n: s.current.phase + 1,
    });
  }
  if (s.screen === 'briefing') return t('world.briefing', { brand: sc.brand.name });
  return t('world.title');
}

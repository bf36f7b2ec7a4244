// The words a screen reader announces after each quarter (the aria-live region).
import { pick, t } from '../i18n';
import type { GameStore } from '../store/game-store';
import { causeLabel, whyLines } from './causes';
import { eventTitle } from './event-title';
import { buyInWord, signed, trustWord } from './format';

export function turnAnnouncement(s: GameStore): string {
  const record = s.records.at(-1);
  if (!record) return '';
  const sc = s.scenario;
  const before = s.records.at(-2)?.state ?? s.initial!;
  const parts = [t('live.turn', { turn: record.turn })];
  if (record.event) {
    if (sc.events.some((e) => e.id === record.event!.id))
      parts.push(t('live.event', { title: eventTitle(sc, before.drawn, record.event.id) }));
  }
  parts.push(
    t('live.trust', {
      delta: signed(record.state.vars.trust - before.vars.trust),
      word: trustWord(record.state.vars.trust),
    }),
    t('live.buyIn', {
      delta: signed(record.state.vars.buyIn - before.vars.buyIn),
      word: buyInWord(record.state.vars.buyIn),
    }),
  );
  // One cause can lead both trust and buy-in: said once.
  const main = [
    ...new Set(
      whyLines(record, before, 1)
        .flatMap((l) => l.causes)
        .map((c) => causeLabel(sc, c.cause)),
    ),
  ];
  if (main.length > 0) parts.push(t('live.causes', { causes: main.join(t('report.joiner')) }));
  if (record.phaseAfter > record.phaseBefore)
    parts.push(
      t('report.newPhase', { n: record.phaseAfter + 1, name: pick(sc.phases[record.phaseAfter]!.label) }),
    );
  if (record.ending) parts.push(t(`ending.${record.ending}.title`));
  return parts.join(' ');
}

// The game itself: the world at the current state; the coming event as a card; after each quarter the
// changes animate (people arrive or leave, colours shift, management's face changes), numbers float up,
// and a new phase or a failure gets its own moment.
import { type TurnRecord, toPoints } from '../../sim';
import type { GameStore } from '../../store/game-store';
import { eventTitle } from '../../ui/event-title';
import { signed } from '../../ui/format';
import { SCENE } from '../keys';
import { COLOR } from '../palette';
import { textsOf } from '../store-access';
import { EventCard } from '../world/event-card';
import { type WorldState, worldStateOf } from '../world/state';
import { WorldScene } from './world-scene';

export class PlayScene extends WorldScene {
  private card: EventCard | null = null;

  constructor() {
    super(SCENE.play);
  }

  protected worldState(s: GameStore): WorldState {
    return worldStateOf(s.scenario, s.current!, s.game?.turns.at(-1));
  }

  protected override decorate(s: GameStore): void {
    if (s.view === 'decide') this.showPending(s);
    else {
      const record = s.records.at(-1);
      if (record) this.showOutcome(s, record);
    }
  }

  protected override undecorate(): void {
    this.card?.destroy();
    this.card = null;
  }

  protected changed(s: GameStore, prev: GameStore): void {
    if (!this.world || !s.current) return;
    if (s.records.length > prev.records.length && s.view === 'report') this.playTurn(s, prev);
    else if (s.view === 'decide' && prev.view === 'report') {
      this.undecorate();
      this.showPending(s);
    } else if (s.current !== prev.current) this.rebuild();
  }

  /** The event the players must answer this quarter, before they decide. */
  private showPending(s: GameStore) {
    const event = s.scenario.events.find((e) => e.id === s.current?.pendingEvent);
    if (!event || !this.world) return;
    const { t, lang } = textsOf(this);
    this.card = new EventCard(
      this,
      this.world.layout,
      t('world.cardComing'),
      eventTitle(s.scenario, s.current!.drawn, event.id, lang),
      event.responses.length > 0 ? t('world.cardAnswer') : '',
      COLOR.gold,
    );
  }

  private showOutcome(s: GameStore, record: TurnRecord) {
    if (!record.event || !this.world) return;
    const event = s.scenario.events.find((e) => e.id === record.event!.id);
    if (!event) return;
    const response = event.responses.find((r) => r.id === record.event!.response);
    const { t, pick, lang } = textsOf(this);
    let line = response ? t('world.cardAnswered', { answer: pick(response.label) }) : '';
    if (record.event.success === true) line = t('world.cardWon');
    if (record.event.success === false) line = t('world.cardLost');
    const accent =
      record.event.success === false ? COLOR.danger : record.event.success ? COLOR.good : COLOR.teal;
    this.card = new EventCard(
      this,
      this.world.layout,
      t('world.cardOutcome'),
      eventTitle(s.scenario, (s.records.at(-2)?.state ?? s.initial!).drawn, event.id, lang),
      line,
      accent,
    );
  }

  private playTurn(s: GameStore, prev: GameStore) {
    const world = this.world!;
    const record = s.records.at(-1)!;
    const before = prev.current!;
    const after = record.state;
    const { t, pick, lang } = textsOf(this);
    this.undecorate();
    this.showOutcome(s, record);
    world.show(this.worldState(s), true);

    const dTrust = after.vars.trust - before.vars.trust;
    const dBuyIn = after.vars.buyIn - before.vars.buyIn;
    const crowd = world.community.anchor('center');
    const boss = world.manager.anchor();
    if (Math.abs(dTrust) >= 5)
      world.effects.float(
        crowd.x,
        crowd.y,
        t('world.floatTrust', { delta: signed(dTrust, 1, lang) }),
        dTrust > 0,
        300,
      );
    if (Math.abs(dBuyIn) >= 5)
      world.effects.float(
        boss.x,
        boss.y,
        t('world.floatBuyIn', { delta: signed(dBuyIn, 1, lang) }),
        dBuyIn > 0,
        600,
      );
    if (Math.abs(toPoints(dTrust)) >= 2) world.effects.burst(crowd.x, crowd.y, dTrust > 0);
    if (Math.abs(toPoints(dBuyIn)) >= 3) world.effects.burst(boss.x, boss.y, dBuyIn > 0, 16);
    if (record.dissonance) {
      const who = world.community.anchor('employee');
      world.effects.float(who.x, who.y, t('world.offMessage'), false, 200);
      this.cameras.main.shake(200, 0.004);
    }

    const sc = s.scenario;
    if (record.ending === 'cancelled' || record.ending === 'community-lost') {
      this.time.delayedCall(700, () => {
        if (!this.world) return;
        this.world.effects.failure();
        if (record.ending === 'cancelled') this.world.manager.cancel();
        else this.world.community.scatter();
        this.world.effects.banner(
          t(`ending.${record.ending}.title`),
          t(`ending.${record.ending}.moment`),
          COLOR.danger,
        );
      });
    } else if (record.phaseAfter > record.phaseBefore) {
      const phase = sc.phases[record.phaseAfter]!;
      this.time.delayedCall(700, () =>
        this.world?.effects.banner(
          t('report.newPhase', { n: record.phaseAfter + 1, name: pick(phase.label) }),
          pick(phase.text),
          COLOR.gold,
        ),
      );
    } else if (record.ending === 'completed') {
      this.time.delayedCall(700, () =>
        this.world?.effects.banner(t('ending.completed.title'), t('ending.completed.moment'), COLOR.teal),
      );
    }
  }
}

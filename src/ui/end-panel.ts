// The end: how the journey ended, the phase reached, trust and buy-in (revealed now), the result code to
// hand to the facilitator, the way to the debrief, the quarters one by one; for a failed game, the way to
// try again from the quarter before the failure (a practice branch), and on a branch the first game's code.
import type { StoreApi } from 'zustand/vanilla';
import { type RetryPoint, retryPoint } from '../analysis/retry';
import { pick, t } from '../i18n';
import { groupResultCode, type Scenario } from '../sim';
import type { GameStore } from '../store/game-store';
import { copyText, selectText } from './clipboard';
import { h } from './dom';
import { buyInWord, points, trustWord } from './format';
import { openDebrief } from './open-debrief';
import { turnSummary } from './turn-summary';

type QrModule = typeof import('./qr');
let qrModule: QrModule | null = null;

/**
 * The result code as a QR code the facilitator's camera can read. The QR library loads only now (the game
 * page starts without it); until it has, the figure holds its caption only.
 */
function codeQr(code: string): HTMLElement {
  const figure = h(
    'figure',
    { class: 'code-qr', 'data-testid': 'code-qr' },
    h('figcaption', { class: 'hint' }, t('end.qrCaption')),
  );
  const draw = (m: QrModule) => figure.prepend(m.qrSvg(code, t('end.qrLabel')));
  if (qrModule) draw(qrModule);
  else
    void import('./qr').then(
      (m) => {
        qrModule = m;
        draw(m);
      },
      // Offline with a chunk missing: the written code is still there.
      () => figure.remove(),
    );
  return figure;
}

/**
 * Copies a code and says so in the status element next to its button; where the browser refuses, the
 * code is selected for the players to copy by hand.
 */
async function copyCode(code: string | null, codeId: string, statusId: string) {
  const ok = code ? await copyText(code) : false;
  const shown = document.getElementById(codeId);
  if (!ok && shown) selectText(shown);
  const status = document.getElementById(statusId);
  if (status) status.textContent = ok ? t('end.copied') : t('end.copyFailed');
}

/** A code as the end screen shows it: grouped for reading aloud, its bare text in data-code. */
function codeOutput(id: string, code: string, practice: boolean): HTMLElement {
  return h(
    'output',
    { id, class: 'code', 'data-code': code, 'data-practice': practice ? 'true' : 'false' },
    groupResultCode(code),
  );
}

/** Why the branch starts in that quarter, in the players' words. */
function retryText(sc: Scenario, point: RetryPoint): string {
  const { from, reason } = point;
  if (reason.kind === 'ended')
    return reason.turn === 1
      ? t('end.retry.endedFirst')
      : t('end.retry.ended', { turn: reason.turn, from, last: from - 1 });
  const phase = pick(sc.phases[reason.phase]!.label);
  const next = pick(sc.phases[reason.phase + 1]!.label);
  return from === 1
    ? t('end.retry.stuckFirst', { phase, next })
    : t('end.retry.stuck', { phase, next, from, last: from - 1 });
}

/** "Try again from quarter N": offered on a failed game the team played here (not in a live room). */
function retryCard(store: StoreApi<GameStore>, s: GameStore): HTMLElement | null {
  if (s.source !== 'play' || s.room || !s.initial || !s.current) return null;
  const point = retryPoint(s.scenario, { initial: s.initial, records: s.records, final: s.current });
  if (!point) return null;
  return h(
    'section',
    { class: 'card stack retry-card', 'aria-labelledby': 'retry-heading', 'data-testid': 'try-again' },
    h('h2', { id: 'retry-heading', class: 'card-title' }, t('end.retry.heading', { from: point.from })),
    h('p', null, retryText(s.scenario, point)),
    h('p', { class: 'hint' }, t('end.retry.keeps')),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          id: 'try-again',
          type: 'button',
          class: 'btn btn-primary',
          'data-from': point.from,
          onclick: () => store.getState().tryAgain(),
        },
        t('end.retry.button', { from: point.from }),
      ),
    ),
  );
}

export function endPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const sc = s.scenario;
  const final = s.current!;
  const ending = final.ending ?? 'unfinished';
  const code = act().resultCode();
  const objective = sc.objectives.find((o) => o.id === s.game!.objective);
  const branch = s.game!.branch ?? null;
  const first = branch ? s.first : null;
  const firstCode = branch ? act().firstResultCode() : null;

  return h(
    'section',
    {
      class: `screen screen-end ending-${ending}`,
      'aria-labelledby': 'screen-heading',
      'data-testid': 'screen-end',
      'data-ending': ending,
    },
    h(
      'p',
      { class: 'eyebrow' },
      s.source === 'code'
        ? t('end.fromCode', { seed: s.game!.seed })
        : branch
          ? t('end.branch.eyebrow', { brand: sc.brand.name, seed: s.game!.seed, from: branch.from })
          : t('end.eyebrow', { brand: sc.brand.name, seed: s.game!.seed }),
    ),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t(`ending.${ending}.title`)),
    h('p', { class: 'lead' }, t(`ending.${ending}.text`)),
    ending === 'completed' && h('p', null, t(`end.reached.${final.phase}`)),
    branch &&
      first &&
      h(
        'p',
        { class: 'branch-note', 'data-testid': 'branch-note' },
        t('end.branch.note', {
          from: branch.from,
          turn: first.final.turn,
          ending: t(`debrief.ending.${first.final.ending ?? 'running'}`),
        }),
      ),
    h(
      'dl',
      { class: 'result card' },
      h(
        'div',
        null,
        h('dt', null, t('end.phase')),
        h(
          'dd',
          { id: 'end-phase' },
          t('end.phaseValue', { n: final.phase + 1, name: pick(sc.phases[final.phase]!.label) }),
        ),
      ),
      h(
        'div',
        null,
        h('dt', null, t('end.trust')),
        h(
          'dd',
          { id: 'end-trust' },
          t('end.level', { value: points(final.vars.trust), word: trustWord(final.vars.trust) }),
        ),
      ),
      h(
        'div',
        null,
        h('dt', null, t('end.buyIn')),
        h(
          'dd',
          { id: 'end-buyin' },
          t('end.level', { value: points(final.vars.buyIn), word: buyInWord(final.vars.buyIn) }),
        ),
      ),
      h(
        'div',
        null,
        h('dt', null, t('end.objective')),
        h('dd', null, objective ? pick(objective.label) : s.game!.objective),
      ),
      h('div', null, h('dt', null, t('end.quarters')), h('dd', null, String(final.turn))),
    ),
    firstCode &&
      h(
        'section',
        { class: 'card stack', 'aria-labelledby': 'first-code-heading', 'data-testid': 'first-result' },
        h('h2', { id: 'first-code-heading', class: 'card-title' }, t('end.branch.firstHeading')),
        h('p', { class: 'hint' }, t('end.branch.firstHint')),
        codeOutput('first-code', firstCode, false),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              id: 'copy-first-code',
              type: 'button',
              class: 'btn',
              onclick: () => copyCode(firstCode, 'first-code', 'copy-first-status'),
            },
            t('end.branch.copyFirst'),
          ),
          h('span', { id: 'copy-first-status', class: 'hint', role: 'status' }),
        ),
      ),
    code &&
      h(
        'section',
        { class: 'card stack', 'aria-labelledby': 'code-heading' },
        h(
          'h2',
          { id: 'code-heading', class: 'card-title' },
          t(branch ? 'end.branch.codeHeading' : 'end.codeHeading'),
        ),
        h('p', { class: 'hint' }, t(branch ? 'end.branch.codeHint' : 'end.codeHint')),
        codeOutput('result-code', code, branch !== null),
        codeQr(code),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              id: 'copy-code',
              type: 'button',
              class: 'btn',
              onclick: () => copyCode(code, 'result-code', 'copy-status'),
            },
            t(branch ? 'end.branch.copy' : 'end.copy'),
          ),
          h('span', { id: 'copy-status', class: 'hint', role: 'status' }),
        ),
      ),
    retryCard(store, s),
    h(
      'div',
      { class: 'row actions' },
      h(
        'button',
        {
          id: 'open-debrief',
          type: 'button',
          class: 'btn btn-primary btn-big',
          onclick: (e: Event) =>
            void openDebrief({
              scenario: sc,
              game: s.game!,
              initial: s.initial!,
              records: s.records,
              returnFocus: e.currentTarget as HTMLElement,
              notes: store.getState().readNotes(),
              onNotesChange: (notes) => store.getState().writeNotes(notes),
            }),
        },
        t('end.debrief'),
      ),
      h(
        'button',
        { id: 'new-game-end', type: 'button', class: 'btn', onclick: () => act().toTitle() },
        t('end.newGame'),
      ),
    ),
    h('h2', { class: 'section-title' }, t('end.summaryHeading')),
    turnSummary(sc, s.initial!, s.records),
  );
}

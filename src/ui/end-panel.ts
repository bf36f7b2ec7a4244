// The end: how the journey ended, the phase reached, trust and buy-in (revealed now), the result code to
// hand to the facilitator, the way to the debrief, and the quarters one by one.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t } from '../i18n';
import { groupResultCode } from '../sim';
import type { GameStore } from '../store/game-store';
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

export function endPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const sc = s.scenario;
  const final = s.current!;
  const ending = final.ending ?? 'unfinished';
  const code = act().resultCode();
  const objective = sc.objectives.find((o) => o.id === s.game!.objective);

  const copy = async () => {
    const status = document.getElementById('copy-status');
    const ok = code ? await copyText(code) : false;
    if (status) status.textContent = ok ? t('end.copied') : t('end.copyFailed');
  };

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
        : t('end.eyebrow', { brand: sc.brand.name, seed: s.game!.seed }),
    ),
    h('h1', { id: 'screen-heading', tabindex: -1 }, t(`ending.${ending}.title`)),
    h('p', { class: 'lead' }, t(`ending.${ending}.text`)),
    ending === 'completed' && h('p', null, t(`end.reached.${final.phase}`)),
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
    code &&
      h(
        'section',
        { class: 'card stack', 'aria-labelledby': 'code-heading' },
        h('h2', { id: 'code-heading', class: 'card-title' }, t('end.codeHeading')),
        h('p', { class: 'hint' }, t('end.codeHint')),
        h('output', { id: 'result-code', class: 'code', 'data-code': code }, groupResultCode(code)),
        codeQr(code),
        h(
          'div',
          { class: 'row' },
          h('button', { id: 'copy-code', type: 'button', class: 'btn', onclick: copy }, t('end.copy')),
          h('span', { id: 'copy-status', class: 'hint', role: 'status' }),
        ),
      ),
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

/** Copies text; falls back to a selection copy where the Clipboard API is not allowed. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

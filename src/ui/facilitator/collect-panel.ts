// Collect the teams' results: paste codes (many at once), drop or pick files (.txt with codes, .json saves
// or a session export). Each input is decoded and re-simulated; refused ones are listed with their reason
// and the teams already collected stay.
import type { StoreApi } from 'zustand/vanilla';
import type { Refusal } from '../../analysis/collect';
import { facilitatorLink } from '../../analysis/session';
import { readTranscript } from '../../analysis/transcript';
import { hasKey, t, tn } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { copyText } from '../clipboard';
import { h } from '../dom';
import { awaitingScenarios, looksLikeScenario } from './awaiting-scenarios';
import { openCameraScan } from './camera-scan';
import { readSessionExport } from './export-json';

const MAX_FILE = 1_000_000;

/** Why an input was refused, in the interface language; the model's own words (English) folded below. */
function refusalText(r: Refusal): HTMLElement {
  const key = `facilitator.refusal.${r.code}`;
  if (!hasKey(key)) return h('div', null, r.reason);
  return h(
    'div',
    null,
    t(key, { name: r.other ?? '', from: r.from ?? '' }),
    r.code === 'duplicate' || r.code === 'too-big' || r.code === 'practice'
      ? null
      : h('details', { class: 'hint' }, h('summary', null, t('facilitator.refusal.details')), r.reason),
  );
}

/**
 * The inputs refused, with their reasons; or (`practice`) the practice codes noted apart: a practice
 * branch is never a team, its team's first game is collected instead.
 */
function refusalCard(
  store: StoreApi<FacilitatorState>,
  refusals: readonly Refusal[],
  practice: boolean,
): HTMLElement | null {
  if (refusals.length === 0) return null;
  return h(
    'div',
    {
      class: practice ? 'card practice-notes' : 'card refused',
      'data-testid': practice ? 'practice' : 'refused',
    },
    h(
      'h3',
      null,
      t(practice ? 'facilitator.collect.practiceTitle' : 'facilitator.collect.refusedTitle', {
        count: refusals.length,
      }),
    ),
    practice && h('p', { class: 'hint' }, t('facilitator.collect.practiceHint')),
    h(
      'ul',
      null,
      refusals.map((r) =>
        h(
          'li',
          { class: 'refusal', 'data-code': r.code },
          h('code', null, r.name ? `${r.name}: ${r.input}` : r.input),
          refusalText(r),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', class: 'btn btn-small', onclick: () => store.getState().dismissRefusals(practice) },
      t('facilitator.collect.dismiss'),
    ),
  );
}

/** Reads dropped or picked files into the store: saves, session exports, or text with codes. */
export async function collectFiles(store: StoreApi<FacilitatorState>, files: readonly File[]): Promise<void> {
  const act = store.getState();
  for (const file of files) {
    const stem = file.name.replace(/\.[^.]*$/, '');
    if (file.size > MAX_FILE) {
      store.setState((s) => ({
        refusals: [
          {
            ok: false,
            name: file.name,
            input: file.name,
            reason: t('facilitator.collect.tooBig'),
            code: 'too-big',
          },
          ...s.refusals,
        ],
      }));
      continue;
    }
    const text = await file.text();
    const exported = readSessionExport(text);
    if (looksLikeScenario(text))
      await act.openScenarioFile({ name: file.name, size: text.length, text: async () => text });
    else if (exported?.ok) {
      // A session moved from another browser: restore it whole, unless this page holds teams to keep.
      const busy = store.getState().teams.length > 0;
      if (!busy || window.confirm(t('facilitator.collect.replaceConfirm'))) act.restoreSession(exported.move);
      else
        act.collect(
          exported.move.teams.map((x) => ({ text: x.code, name: x.name || null })),
          'code',
        );
    } else if (exported) {
      store.setState((s) => ({
        refusals: [
          {
            ok: false,
            name: file.name,
            input: file.name,
            reason: t('facilitator.collect.badExport', { problem: exported.problem }),
            code: 'bad-export',
          },
          ...s.refusals,
        ],
      }));
    } else if (/^\s*\{/.test(text)) act.collect([{ text, name: stem }], 'save');
    else {
      const { inputs, ignored } = readTranscript(text);
      // A file holding one code is named after the file.
      if (inputs.length === 1 && inputs[0]!.name === null) inputs[0]!.name = stem;
      act.collect(inputs, 'code', ignored);
    }
  }
}

/** How to carry this session to another machine: the JSON export, or a link holding session and codes. */
function moveCard(s: FacilitatorState): HTMLElement {
  const link = facilitatorLink(
    window.location.href,
    s.session,
    s.teams.map((tm) => tm.code),
  );
  const status = h('span', { class: 'hint', role: 'status', id: 'copy-move-status' });
  return h(
    'div',
    { class: 'card move-card', 'data-testid': 'move-session' },
    h('h3', null, t('facilitator.collect.moveTitle')),
    h('p', { class: 'hint' }, t('facilitator.collect.moveHint')),
    h('input', {
      id: 'move-link',
      type: 'text',
      readonly: true,
      value: link,
      'aria-label': t('facilitator.collect.moveLink'),
    }),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          id: 'copy-move-link',
          onclick: async () => {
            status.textContent = (await copyText(link))
              ? t('facilitator.copied')
              : t('facilitator.copyFailed');
          },
        },
        t('facilitator.collect.moveCopy'),
      ),
      status,
    ),
  );
}

function collectStatus(last: NonNullable<FacilitatorState['lastCollect']>): string {
  if (last.accepted + last.refused + (last.practice ?? 0) === 0) return t('facilitator.collect.noCode');
  const counts = t('facilitator.collect.status', { accepted: last.accepted, refused: last.refused });
  const practice = last.practice ? ` ${tn('facilitator.collect.practiceNoted', last.practice)}` : '';
  if (last.ignored === 0) return counts + practice;
  return `${counts}${practice} ${tn('facilitator.collect.ignored', last.ignored)}`;
}

export function collectPanel(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const act = () => store.getState();
  const area = h('textarea', {
    id: 'codes-input',
    rows: 6,
    spellcheck: 'false',
    'aria-describedby': 'codes-hint',
    placeholder: 'SJ3-…',
  });
  const fileInput = h('input', {
    id: 'codes-file',
    type: 'file',
    multiple: true,
    accept: '.txt,.json,text/plain,application/json',
    onchange: (e: Event) => {
      const input = e.target as HTMLInputElement;
      void collectFiles(store, [...(input.files ?? [])]);
    },
  });
  const drop = h(
    'div',
    { class: 'drop-zone', id: 'drop-zone', 'data-testid': 'drop-zone' },
    h('p', null, t('facilitator.collect.drop')),
    h('label', { class: 'btn', for: 'codes-file' }, t('facilitator.collect.pick')),
    fileInput,
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void collectFiles(store, [...(e.dataTransfer?.files ?? [])]);
  });

  return h(
    'section',
    { class: 'fac-panel collect', 'aria-labelledby': 'collect-h', 'data-testid': 'collect' },
    h('h2', { id: 'collect-h', tabindex: -1 }, t('facilitator.collect.title')),
    h(
      'div',
      { class: 'collect-grid' },
      h(
        'form',
        {
          class: 'card',
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (area.value.trim() === '') return;
            const { inputs, ignored } = readTranscript(area.value);
            act().collect(inputs, 'code', ignored);
            // Nothing found: the text stays, so it can be fixed.
            if (inputs.length > 0) area.value = '';
          },
        },
        h('label', { for: 'codes-input' }, h('strong', null, t('facilitator.collect.paste'))),
        area,
        h('p', { class: 'hint', id: 'codes-hint' }, t('facilitator.collect.pasteHint')),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            { type: 'submit', class: 'btn btn-primary', id: 'codes-add' },
            t('facilitator.collect.add'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'scan-codes',
              onclick: (e: Event) => openCameraScan(store, e.currentTarget as HTMLElement),
            },
            t('facilitator.scan.open'),
          ),
        ),
      ),
      drop,
    ),
    h(
      'p',
      { role: 'status', class: 'collect-status', id: 'collect-status' },
      s.lastCollect ? collectStatus(s.lastCollect) : '',
    ),
    awaitingScenarios(store, s),
    refusalCard(
      store,
      s.refusals.filter((r) => r.code !== 'practice'),
      false,
    ),
    refusalCard(
      store,
      s.refusals.filter((r) => r.code === 'practice'),
      true,
    ),
    h('h3', null, t('facilitator.collect.teamsTitle', { count: s.teams.length })),
    s.teams.length === 0
      ? h('p', { class: 'hint' }, t('facilitator.collect.none'))
      : h(
          'ul',
          { class: 'team-list', 'data-testid': 'team-list' },
          s.teams.map((team, i) =>
            h(
              'li',
              { class: 'team-item' },
              h('input', {
                type: 'text',
                id: `team-name-${i}`,
                value: team.name,
                maxlength: 60,
                'aria-label': t('facilitator.collect.nameLabel', { n: i + 1 }),
                onchange: (e: Event) => act().renameTeam(team.code, (e.target as HTMLInputElement).value),
              }),
              team.mismatch.length > 0
                ? h(
                    'span',
                    { class: 'tag tag-warn' },
                    t('facilitator.collect.mismatch', {
                      what: team.mismatch.map((m) => t(`facilitator.mismatch.${m}`)).join(', '),
                    }),
                  )
                : null,
              h(
                'button',
                { type: 'button', class: 'btn btn-small', onclick: () => act().openTeam(team.code) },
                t('facilitator.compare.open'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small',
                  'aria-label': t('facilitator.collect.removeLabel', { name: team.name }),
                  onclick: () => act().removeTeam(team.code),
                },
                t('facilitator.collect.remove'),
              ),
            ),
          ),
        ),
    s.teams.length > 0 ? moveCard(s) : null,
    s.teams.length > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'clear-teams',
            onclick: () => window.confirm(t('facilitator.collect.clearConfirm')) && act().clearTeams(),
          },
          t('facilitator.collect.clear'),
        )
      : null,
  );
}

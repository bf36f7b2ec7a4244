// The device check page's own words in English and French: the page must work even where the game's
// catalogs fail to load, so it carries its few sentences itself.
import { detectLanguage, isLang, type Lang } from '../i18n/languages';

export type { Lang } from '../i18n/languages';

const en = {
  title: 'Device check',
  intro:
    'This page replays {n} reference games with the game’s model and compares every step with the result ' +
    'recorded when the games were made. When every row says yes, this browser plays Social Journey exactly ' +
    'like every other one in the room.',
  caption: 'Reference games replayed in this browser',
  game: 'Game',
  turns: 'Turns',
  match: 'Same result',
  yes: 'yes',
  no: 'no',
  differsAtStart: 'differs at the start',
  differsAfter: 'differs after turn {k}',
  replayFailed: 'could not replay: {message}',
  noGames: 'This build carries no reference games, so nothing was checked.',
  pass: 'All {n} games replay exactly. This browser is ready for the session.',
  fail:
    '{bad} of {n} games do not replay exactly. Try another browser or update this one, and note which one ' +
    'it was.',
  crashed: 'The check could not run: {message}',
  browser: 'Browser: {agent}',
  otherLanguage: 'Français',
};

const fr: typeof en = {
  title: 'Vérification de l’appareil',
  intro:
    'Cette page rejoue {n} parties de référence avec le modèle du jeu et compare chaque étape au résultat ' +
    'enregistré lors de leur création. Si chaque ligne indique oui, ce navigateur joue Social Journey ' +
    'exactement comme tous les autres de la salle.',
  caption: 'Parties de référence rejouées dans ce navigateur',
  game: 'Partie',
  turns: 'Tours',
  match: 'Même résultat',
  yes: 'oui',
  no: 'non',
  differsAtStart: 'diffère dès le départ',
  differsAfter: 'diffère après le tour {k}',
  replayFailed: 'impossible de rejouer : {message}',
  noGames: 'Cette version ne contient aucune partie de référence : rien n’a été vérifié.',
  pass: 'Les {n} parties se rejouent à l’identique. Ce navigateur est prêt pour la séance.',
  fail:
    '{bad} parties sur {n} ne se rejouent pas à l’identique. Essayez un autre navigateur ou mettez celui-ci ' +
    'à jour, et notez lequel posait problème.',
  crashed: 'La vérification n’a pas pu tourner : {message}',
  browser: 'Navigateur : {agent}',
  otherLanguage: 'English',
};

export type TextKey = keyof typeof en;
const catalogs: Record<Lang, typeof en> = { en, fr };

/**
 * The page's language, chosen once (the switch is a link): ?lang=fr or ?lang=en wins; otherwise the first
 * of the browser's preferred languages the game has, as on the game's pages.
 */
export function pickLang(search: string, preferred: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  return isLang(asked) ? asked : detectLanguage(preferred);
}

export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

import type { Language, Translate } from '../../i18n/index.ts';
import type { VersionSummary } from '../../shared/moodboard/api.ts';
import type { SaveStatus } from '../types.ts';
import { moodboardRefusalText } from './refusal-text.ts';
import { SCHOOL_TIME_ZONE } from '../../shared/school-time.ts';

const locale = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** "14:05" in the device's own time (for "saved at"). */
export const formatTime = (at: number, lang: Language, timeZone?: string) =>
  new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit', timeZone }).format(at);


/** "12 maart 2027 om 14:05" / "12 March 2027 at 14:05" */
export const formatDateTime = (at: number, lang: Language, timeZone = SCHOOL_TIME_ZONE) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);

/** "Versie 2 ingeleverd op 12 maart 2027 om 14:05 (te laat)" */
export function versionLine(t: Translate, version: VersionSummary, lang: Language, timeZone?: string): string {
  const line = t('mbEdit.handIn.version', { n: version.number, at: formatDateTime(version.handedInAt, lang, timeZone) });
  return version.late ? `${line} ${t('mbEdit.handIn.late')}` : line;
}

/** The save status in words, for the status line next to the board. */
export function saveStatusText(t: Translate, status: SaveStatus, lang: Language, timeZone?: string): string {
  switch (status.kind) {
    case 'saved':
      return t('mbEdit.save.saved', { time: formatTime(status.at, lang, timeZone) });
    case 'saving':
      return t('mbEdit.save.saving');
    case 'offline':
      return t('mbEdit.save.offline');
    case 'conflict':
      return t('mbEdit.save.conflict');
    case 'error':
      return t('mbEdit.save.error', { message: status.code ? moodboardRefusalText(t, status.code) : t('moodboardCore.saveRefused') });
  }
}

/** `moodboard-<student>.png`: the name in lower case, letters and digits only, joined by dashes. */
export function exportFileName(student: string, extension: 'png' | 'pdf'): string {
  const slug = student
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `moodboard${slug ? `-${slug}` : ''}.${extension}`;
}

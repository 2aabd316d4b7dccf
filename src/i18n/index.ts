import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';
import { pageMessages, type PageMessages } from './page-messages.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
/** Cookie that keeps the chosen interface language. */
export const LANGUAGE_COOKIE = 'lang';

// Both catalogues of the whole app would be the biggest script on a phone, and a page needs few of
// their messages in one language. So only the server holds them (the bundler drops them from the
// browser's scripts); in the browser each page brings what its scripts word (ClientMessages.astro).
const catalogues: Record<Language, PageMessages> | null = import.meta.env.SSR ? { nl, en } : null;

export const isLanguage = (value: unknown): value is Language => value === 'nl' || value === 'en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Translator for one language; `{name}` placeholders are filled from params. In the browser it
 * words from the page's messages; a key the page did not bring comes back as the key itself.
 */
export function translator(lang: Language): Translate {
  const catalogue = catalogues ? catalogues[lang] : pageMessages();
  return (key, params) =>
    (catalogue[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export type { MessageKey };

import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
/** Cookie that keeps the chosen interface language. */
export const LANGUAGE_COOKIE = 'lang';

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export const isLanguage = (value: unknown): value is Language => value === 'nl' || value === 'en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Translator for one language; `{name}` placeholders are filled from params. */
export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export type { MessageKey };

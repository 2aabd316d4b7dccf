import { normaliseEntry } from './text.ts';

export const NAME_MAX_LENGTH = 30;

/**
 * Words a student name may not contain, Dutch and English, compared after normalising case,
 * accents and the usual letter swaps (k4nker, sh1t). Teachers can still rename or remove.
 */
const BLOCKED_WORDS = new Set([
  // Dutch
  'kanker', 'kkr', 'tering', 'tyfus', 'klootzak', 'kut', 'lul', 'hoer', 'slet', 'flikker', 'mongool', 'debiel', 'godverdomme',
  'kolere', 'pik', 'neuk', 'eikel', 'sukkel', 'nazi', 'hitler', 'piemel', 'tieten', 'reet', 'bitch',
  // English
  'fuck', 'shit', 'cunt', 'asshole', 'cock', 'pussy', 'whore', 'slut', 'fag', 'nigger', 'nigga', 'retard', 'penis', 'porn',
]); // prettier-ignore
/** Swear words that stay offensive as the start of a longer word (kankerlijer, fucking). */
const BLOCKED_PREFIXES = ['kanker', 'tering', 'tyfus', 'klootzak', 'godverdomme', 'fuck', 'shit', 'cunt', 'nigger', 'kkr'];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

const unleet = (text: string) => [...text].map((char) => LEET[char] ?? char).join('');

/**
 * True when a name contains a blocked word. Words are checked one by one (so "Erik Anker" or
 * "Nazia" pass); letters typed apart ("f u c k", "f.u.c.k") are joined first.
 */
export function isOffensive(name: string): boolean {
  const words = unleet(normaliseEntry(name))
    .split(/[^a-z]+/)
    .filter(Boolean);
  const candidates = [...words];
  // Runs of single letters are a word typed apart.
  let run = '';
  for (const word of [...words, '']) {
    if (word.length === 1) run += word;
    else {
      if (run.length > 1) candidates.push(run);
      run = '';
    }
  }
  return candidates.some((word) => BLOCKED_WORDS.has(word) || BLOCKED_PREFIXES.some((prefix) => word.startsWith(prefix)));
}

export type NameProblem = 'empty' | 'too_long' | 'bad_characters' | 'offensive';

/** Scripts with letters that look like Latin ones ("А" for "A"): mixed into a Latin word they make a look-alike of another name. */
const LOOKALIKE_SCRIPTS = [/\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * True when a word mixes Latin letters with look-alike ones ("Аnna" beside "Anna"), or marks are
 * stacked on one letter (three or more in a row, which no language needs once composed).
 */
function looksLikeAnother(name: string): boolean {
  if (/\p{M}{3,}/u.test(name)) return true;
  return name.split(/[ .'-]+/).some((word) => /\p{Script=Latin}/u.test(word) && LOOKALIKE_SCRIPTS.some((script) => script.test(word)));
}

/** A student's display name, cleaned, or why it cannot be used. */
export function checkStudentName(input: string): { ok: true; name: string; key: string } | { ok: false; problem: NameProblem } {
  // Phones type a curly apostrophe by default.
  const name = input
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) return { ok: false, problem: 'empty' };
  if ([...name].length > NAME_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  if (!/^[\p{L}\p{M}\p{N} .'-]+$/u.test(name) || looksLikeAnother(name)) return { ok: false, problem: 'bad_characters' };
  if (isOffensive(name)) return { ok: false, problem: 'offensive' };
  return { ok: true, name, key: normaliseEntry(name) };
}

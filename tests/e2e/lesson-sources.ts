import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ITEM_KINDS } from '../../src/shared/lesson/outline.ts';
import { widgetKind } from '../../src/widgets/index.ts';

/** What a lesson file keeps for the teacher only: it must never reach the public API. */
export interface LessonSecrets {
  slug: string;
  /** Text of every correct quiz option. */
  correctAnswers: string[];
  explanations: string[];
  modelEntries: string[];
  /** Opening words of each <Notes> block. */
  notes: string[];
}

const LESSONS_DIR = path.resolve(import.meta.dirname, '../../lessons');

const letterIndex = (letter: string) => letter.charCodeAt(0) - 65;

/** Reads the secrets of a shipped lesson straight from its MDX file (simple patterns, enough for these files). */
export function lessonSecrets(slug: string): LessonSecrets {
  const source = readFileSync(path.join(LESSONS_DIR, `${slug}.mdx`), 'utf8');
  const correctAnswers: string[] = [];
  for (const [tag] of source.matchAll(/<Quiz\b[\s\S]*?\/>/g)) {
    const options = /options=\{(\[[\s\S]*?\])\}/.exec(tag);
    const single = /correct="([A-Z])"/.exec(tag);
    const many = /correct=\{(\[[\s\S]*?\])\}/.exec(tag);
    if (!options) continue;
    const texts = JSON.parse(options[1] ?? '[]') as string[];
    const letters: string[] = single ? [single[1] ?? ''] : many ? (JSON.parse(many[1] ?? '[]') as string[]) : [];
    for (const letter of letters) {
      const text = texts[letterIndex(letter)];
      if (text) correctAnswers.push(text);
    }
  }
  const explanations = [...source.matchAll(/explanation="([^"]+)"/g)].map((match) => match[1] ?? '');
  const modelEntries = [...source.matchAll(/model=\{(\[[\s\S]*?\])\}/g)].flatMap((match) => JSON.parse(match[1] ?? '[]') as string[]);
  const notes = [...source.matchAll(/<Notes>\s*([\s\S]*?)<\/Notes>/g)]
    .map((match) => (match[1] ?? '').trim().slice(0, 40))
    .filter((text) => text.length > 0);
  return { slug, correctAnswers, explanations, modelEntries, notes };
}

/** Slugs (`module/lesson`) of every lesson file shipped in lessons/<module>/. */
export function shippedLessonSlugs(module = 'relatiebeheer'): string[] {
  return readdirSync(path.join(LESSONS_DIR, module))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${module}/${name.replace(/\.mdx$/, '')}`)
    .sort();
}

export const allLessonSecrets = (): LessonSecrets[] => shippedLessonSlugs().map(lessonSecrets);

/** Every key anywhere in a JSON value. */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

/** The tag of each kind the outline counts, as the widget registry names it. */
const TAGS: Record<string, string> = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, widgetKind(kind)?.component ?? kind]));

/** Widget counts read straight from a lesson file by counting its component tags. */
export function widgetCountsFromFile(slug: string): Record<string, number> {
  const source = readFileSync(path.join(LESSONS_DIR, `${slug}.mdx`), 'utf8');
  return Object.fromEntries(Object.entries(TAGS).map(([kind, tag]) => [kind, source.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0]));
}

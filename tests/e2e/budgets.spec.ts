import { expect, test } from '@playwright/test';
import { nl } from '../../src/i18n/nl.ts';
import { startBuiltServer, type BuiltServer } from './built-server.ts';
import { builtFile, dynamicImportsOf, pageWeight, scriptsOfPage, staticClosure } from './page-assets.ts';

/** Brotli bytes of script a student's phone may load before the first answer. */
const STUDENT_BUDGET = 100_000;
/** Brotli bytes of script the moodboard page loads before the student does anything. */
const MOODBOARD_BUDGET = 100_000;

let server: BuiltServer;
const pages = new Map<string, string>();

/** The page's HTML, fetched once. */
async function html(path: string): Promise<string> {
  const cached = pages.get(path);
  if (cached !== undefined) return cached;
  const response = await fetch(server.url + path);
  expect(response.status, path).toBe(200);
  const text = await response.text();
  pages.set(path, text);
  return text;
}

/** Every script the page may ever run: its static closure plus all it can import() later, recursively. */
function everything(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  let frontier = staticClosure(entries);
  while (frontier.length > 0) {
    for (const file of frontier) seen.add(file);
    const later = frontier.flatMap((file) => dynamicImportsOf(file, builtFile(file))).filter((file) => !seen.has(file));
    frontier = staticClosure(later).filter((file) => !seen.has(file));
  }
  return [...seen].sort();
}

const KEYS = new Set(Object.keys(nl));
/** Catalogue keys a built script words: literal keys, and prefixes of keys it builds (`liveError.${code}`). */
function messagesUsedBy(source: string): { keys: string[]; prefixes: string[] } {
  const keys = [...source.matchAll(/["'`]([a-zA-Z]+(?:\.[\w-]+)+)["'`]/g)].map((match) => match[1] ?? '').filter((key) => KEYS.has(key));
  const prefixes = [...source.matchAll(/["'`]([a-zA-Z]+(?:\.[\w-]+)*\.)(?:\$\{|["'`]\s*\+)/g)].map((match) => match[1] ?? '');
  return { keys, prefixes: prefixes.filter((prefix) => [...KEYS].some((key) => key.startsWith(prefix))) };
}

function pageMessages(page: string): Record<string, string> {
  const json = /<script type="application\/json" id="page-messages">([\s\S]*?)<\/script>/.exec(page)?.[1];
  return json ? (JSON.parse(json) as Record<string, string>) : {};
}

// One server for the file: its tests run in order in one worker, and need no browser.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  server = await startBuiltServer();
});
test.afterAll(() => server?.close());

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

test.describe('the student on a phone', () => {
  test('/join runs no script at all', async () => {
    expect(scriptsOfPage(await html('/join')).entries).toEqual([]);
  });

  test(`/join/<code> (the join form and the live lesson) loads at most ${kb(STUDENT_BUDGET)} of brotli script`, async () => {
    const page = await html(`/join/${server.joinCode}`);
    const weight = pageWeight(page);
    const detail = weight.files.map((file) => `${kb(file.brotli)} ${file.path}`).join('\n');
    expect(weight.brotliTotal, detail).toBeLessThanOrEqual(STUDENT_BUDGET);
    // Scripts it may import later count too: none may come before the first answer unnoticed.
    const { entries } = scriptsOfPage(page);
    expect(everything(entries)).toEqual(staticClosure(entries));
    // React and the live socket are what the page is for.
    const code = weight.files.map((file) => builtFile(file.path)).join('\n');
    expect(code).toContain('hydrateRoot');
    expect(code).toContain('transports');
  });
});

test.describe('the moodboard page', () => {
  const board = '/werk/bord/00000000-0000-4000-8000-000000000000';

  test(`loads at most ${kb(MOODBOARD_BUDGET)} of brotli script before the student does anything`, async () => {
    const weight = pageWeight(await html(board));
    expect(weight.brotliTotal, weight.files.map((file) => `${kb(file.brotli)} ${file.path}`).join('\n')).toBeLessThanOrEqual(
      MOODBOARD_BUDGET,
    );
  });

  test('loads the PDF export (pdf-lib), the editor itself and zod only through import()', async () => {
    const { entries } = scriptsOfPage(await html(board));
    const first = staticClosure(entries);
    const later = everything(entries).filter((file) => !first.includes(file));
    const has = (files: string[], text: string) => files.some((file) => builtFile(file).includes(text));
    expect(has(later, 'PDFDocument')).toBe(true);
    expect(has(first, 'PDFDocument')).toBe(false);
    // zod checks the device copy when the editor restores it; the board request needs none of it.
    expect(has(later, '_zod')).toBe(true);
    expect(has(first, '_zod')).toBe(false);
    // The editor's toolbar words its buttons; the first script only shows the loading state.
    expect(has(later, 'mbEdit.toolbar.add')).toBe(true);
    expect(has(first, 'mbEdit.toolbar.add')).toBe(false);
  });
});

test.describe('messages in the browser', () => {
  for (const path of [
    '/',
    '/join',
    '/join/<code>',
    '/werk',
    '/werk/bord/00000000-0000-4000-8000-000000000000',
    '/lessons/relatiebeheer/les-2-wat-is-relatiebeheer/study',
    '/lessons/relatiebeheer/les-2-wat-is-relatiebeheer/present',
    '/authoring',
  ]) {
    test(`${path} brings every message its scripts word, in its own language only`, async () => {
      const page = await html(path.replace('<code>', server.joinCode));
      const messages = pageMessages(page);
      const missing = new Set<string>();
      for (const file of everything(scriptsOfPage(page).entries)) {
        const used = messagesUsedBy(builtFile(file));
        for (const key of used.keys) if (!(key in messages)) missing.add(key);
        for (const prefix of used.prefixes) for (const key of KEYS) if (key.startsWith(prefix) && !(key in messages)) missing.add(key);
      }
      expect([...missing].sort()).toEqual([]);
      for (const [key, text] of Object.entries(messages)) expect(text, key).toBe(nl[key as keyof typeof nl]);
    });
  }

  test('the student page brings only what the phone words', async () => {
    const count = Object.keys(pageMessages(await html(`/join/${server.joinCode}`))).length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(KEYS.size / 4);
  });
});

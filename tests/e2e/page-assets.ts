import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { ROOT } from './built-server.ts';

const CLIENT_DIR = path.join(ROOT, 'dist', 'client');

/** What a page's HTML asks the browser to run, as `/_astro/...` paths, plus its inline scripts. */
export interface PageScripts {
  entries: string[];
  inline: string[];
}

/** Module scripts, island components and renderers, and module preloads named in a page's HTML. */
export function scriptsOfPage(html: string): PageScripts {
  const entries = new Set<string>();
  const patterns = [
    /<script\b[^>]*\bsrc="([^"]+)"/g,
    /<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g,
    /<astro-island\b[^>]*\brenderer-url="([^"]+)"/g,
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) if (match[1]) entries.add(match[1]);
  // Astro's island loader sits inline in the page; it runs before any island does.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '');
  return { entries: [...entries], inline };
}

// Static imports of the bundler's output: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`. A dynamic `import("./x.js")` has a parenthesis and is not matched.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The built file behind an `/_astro/...` URL path. */
export function builtFile(urlPath: string): string {
  return readFileSync(path.join(CLIENT_DIR, decodeURI(urlPath.split('?')[0] ?? urlPath)), 'utf8');
}

function importsOf(urlPath: string, source: string, pattern: RegExp): string[] {
  const base = new URL(urlPath, 'http://x');
  return [...source.matchAll(pattern)].flatMap((match) => (match[1] ? [new URL(match[1], base).pathname] : []));
}

/** The static imports of a built script, as URL paths. */
export const staticImportsOf = (urlPath: string, source: string) => importsOf(urlPath, source, STATIC_IMPORT);
/** The dynamic `import()`s of a built script, as URL paths. */
export const dynamicImportsOf = (urlPath: string, source: string) => importsOf(urlPath, source, DYNAMIC_IMPORT);

/** Every script the entries load before anything is clicked: the entries and their static imports, recursively. */
export function staticClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    queue.push(...staticImportsOf(next, builtFile(next)));
  }
  return [...seen].sort();
}

/** Size in bytes after brotli at the quality the build precompresses with. */
export function brotliSize(text: string | Buffer): number {
  return brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export interface PageWeight {
  files: { path: string; brotli: number }[];
  /** Brotli bytes of every script file plus the inline scripts. */
  brotliTotal: number;
}

/** What a page's JavaScript weighs on the wire before the user does anything. */
export function pageWeight(html: string): PageWeight {
  const { entries, inline } = scriptsOfPage(html);
  const files = staticClosure(entries).map((file) => ({ path: file, brotli: brotliSize(builtFile(file)) }));
  const inlineBytes = inline.reduce((sum, body) => sum + brotliSize(body), 0);
  return { files, brotliTotal: files.reduce((sum, file) => sum + file.brotli, 0) + inlineBytes };
}

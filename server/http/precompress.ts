import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** File types worth compressing; fonts (woff2) and images are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.map', '.webmanifest', '.ico']);
/** Below this a compressed copy saves less than the request around it costs. */
export const PRECOMPRESS_MIN_BYTES = 1024;
/** The encodings written next to each file, by file suffix. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export const isCompressible = (file: string): boolean => COMPRESSIBLE_EXTENSIONS.has(path.extname(file).toLowerCase());

/** Highest quality for both: this runs once per build, and every phone gets the smaller file. */
async function compressAll(source: Buffer): Promise<Record<'.br' | '.gz', Buffer>> {
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    }),
    gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { '.br': br, '.gz': gz };
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file of at least
 * PRECOMPRESS_MIN_BYTES under `dir`, when the copy is smaller than the file. Returns how many
 * files got copies.
 */
export async function precompressDir(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && isCompressible(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  let written = 0;
  // A few at a time: the build machine may be small and brotli at quality 11 is CPU-bound.
  for (let start = 0; start < files.length; start += 4) {
    await Promise.all(
      files.slice(start, start + 4).map(async (file) => {
        const source = await readFile(file);
        if (source.length < PRECOMPRESS_MIN_BYTES) return;
        const copies = await compressAll(source);
        let any = false;
        for (const { suffix } of PRECOMPRESSED) {
          if (copies[suffix].length >= source.length) continue;
          await writeFile(file + suffix, copies[suffix]);
          any = true;
        }
        if (any) written += 1;
      }),
    );
  }
  return written;
}

/** Precompresses the browser's files (dist/client) once the build is done, for the server to send as they are. */
export function precompress(): AstroIntegration {
  let clientDir: URL | undefined;
  return {
    name: 'lesplatform:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = config.build.client;
      },
      'astro:build:done': async ({ logger }) => {
        if (!clientDir) return;
        const started = Date.now();
        const count = await precompressDir(fileURLToPath(clientDir));
        logger.info(`${count} files precompressed (br, gzip) in ${Date.now() - started} ms`);
      },
    },
  };
}

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:net';
import { readConfig } from '../config.ts';
import { startServer } from '../index.ts';
import { SKIP_BROKEN_LESSONS } from '../astro/lesson-check.ts';
import { lessonsDir } from '../lessons/check.ts';

const LESSONS = lessonsDir();
const SOURCES = [LESSONS, 'src', 'public', 'astro.config.mjs', 'package-lock.json'];
/** The built app: dist/, or BUILD_DIR (as in astro.config.mjs). */
const DIST = path.resolve(process.env.BUILD_DIR ?? 'dist');
const ENTRY = path.join(DIST, 'server', 'entry.mjs');
/** Which lessons folder the build was made from: another LESSONS_DIR needs a build of its own. */
const BUILT_FROM = path.join(DIST, 'lessons-dir.txt');

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), stats.mtimeMs);
}

/** True when the built app is missing or older than a lesson, source file or setting. */
function buildIsStale(): boolean {
  if (!existsSync(ENTRY) || !existsSync(BUILT_FROM) || readFileSync(BUILT_FROM, 'utf8') !== LESSONS) return true;
  const built = statSync(ENTRY).mtimeMs;
  return SOURCES.some((source) => newestChange(path.resolve(source)) > built);
}

/** Whether the port can be listened on, so a second start fails before it rebuilds under a running one. */
function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

const buildOnly = process.argv.includes('--build-only');
// Configuration errors and a taken port should stop us before a long build.
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (!buildOnly && config.port !== 0 && !(await portIsFree(config.port, config.host))) {
  console.error(`Poort ${config.port} is al in gebruik: draait het lesplatform al? Stop dat eerst, of kies een andere poort met PORT=...`);
  process.exit(1);
}
if (buildIsStale()) {
  console.log("De app wordt gebouwd (lessen en pagina's)...");
  // Build with this very Node (24), whatever `node` the PATH would find; always for production, also
  // when started from a test runner that sets NODE_ENV=test (which would bundle React's dev build).
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  // Lessons with problems are left out of the site instead of stopping it: teachers see them listed.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', [SKIP_BROKEN_LESSONS]: '1' };
  const result = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('\nBouwen is mislukt; zie de meldingen hierboven (bestand:regel en wat er mis is).');
    process.exit(result.status ?? 1);
  }
  writeFileSync(BUILT_FROM, LESSONS);
}
if (!buildOnly) {
  const running = await startServer(config, DIST).catch((error: unknown) => {
    // A setting that points nowhere (REDIS_URL, DATABASE_URL) gets one clear line, not a stack.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  // The left-out lessons come before the address, on the same stream, so that whoever waits for the
  // address has read them too.
  const { broken } = running.lessons;
  if (broken.length > 0) {
    console.log(`${broken.length} les(sen) met fouten niet te zien voor leerlingen; docenten zien de fouten op ${running.url}/docent:`);
    for (const { file } of broken) console.log(`  ${file}`);
    console.log('Verbeter ze (npm run lessons:check) en start opnieuw.\n');
  }
  console.log(`Lesplatform draait op ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

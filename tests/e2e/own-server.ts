import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCK = path.join(ROOT, 'node_modules/.cache/e2e-build.lock');
/** A lock older than this was left by a run that died; a build takes a minute or two. */
const STALE_MS = 10 * 60 * 1000;
/** The first teacher every such server gets, through the setup form. */
export const OWN_TEACHER = { email: 'docent@school.nl', name: 'Anne', password: 'een-lang-wachtwoord' };

/**
 * Runs `start` while no other test file builds: Astro writes what it knows of the lessons into the
 * project's `.astro/` folder, so two builds over different lessons at once would mix them up.
 */
async function oneBuildAtATime<T>(start: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        // gone meanwhile: try again at once
      }
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await start();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface OwnServer {
  base: string;
  stop(): Promise<void>;
}

/**
 * The app as `npm start` runs it over lessons of its own (`lessonsDir`), built in `buildDir` beside
 * dist/ (rebuilt only when those lessons change), with a fresh database and its first teacher.
 */
export async function startOwnServer(options: { port: number; lessonsDir: string; buildDir: string }): Promise<OwnServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-own-'));
  let server: ChildProcess | null = null;
  await oneBuildAtATime(async () => {
    server = spawn(process.execPath, ['server/cli/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LESSONS_DIR: options.lessonsDir,
        BUILD_DIR: options.buildDir,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = server;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('draait op')) resolve();
      });
      started.once('exit', (code) => reject(new Error(`server stopped (${code}):\n${output}`)));
    });
  });
  const response = await fetch(`${base}/docent/start`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(OWN_TEACHER),
  });
  if (response.status !== 303) throw new Error(`the first teacher was not made: ${response.status}`);
  return {
    base,
    async stop() {
      const running = server as ChildProcess | null;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

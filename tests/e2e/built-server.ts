import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '../../server/auth/password.ts';
import { loadLiveLessons } from '../../server/live/lessons.ts';
import { startLiveSession } from '../../server/live/sessions.ts';
import { openSqliteStore } from '../../server/storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { LES2 } from './helpers.ts';

/** The project root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuiltServer {
  url: string;
  /** Its DATA_DIR, for the administrator's commands. */
  dataDir: string;
  /** The join code of an open live session of Les 2, so `/join/<code>` shows the student's live page. */
  joinCode: string;
  close(): Promise<void>;
}

/**
 * Builds the app when it is missing or stale, as `npm start` does (and nothing when it is current).
 * The browser tests need not: their web server has just done it.
 */
export function ensureBuilt(): void {
  const run = spawnSync(process.execPath, ['server/cli/start.ts', '--build-only'], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 });
  if (run.status !== 0) throw new Error('build failed');
}

/** Teachers who can log in: `docent-<n>@school.nl` with this password. */
export interface SeededTeachers {
  count: number;
  password: string;
}

/** A teacher and an open live session of Les 2 in a fresh data dir, made before the server opens it; `teachers` too. */
async function seed(dataDir: string, teachers?: SeededTeachers): Promise<string> {
  const store = await openSqliteStore<SessionState>({ dataDir });
  try {
    if (teachers) {
      const passwordHash = await hashPassword(teachers.password);
      for (let n = 0; n < teachers.count; n += 1)
        await store.createTeacher({ id: randomUUID(), email: `docent-${n}@school.nl`, name: `Docent ${n}`, passwordHash });
    }
    const lesson = (await loadLiveLessons(path.join(ROOT, 'lessons'), ROOT)).get(LES2);
    if (!lesson) throw new Error('Les 2 not loaded');
    const teacherId = randomUUID();
    await store.createTeacher({ id: teacherId, email: `${teacherId}@school.nl`, name: 'Docent', passwordHash: 'x' });
    return (await startLiveSession(store, teacherId, lesson)).code;
  } finally {
    await store.close();
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /draait op (http:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server stopped (${code}):\n${output}`)));
  });
}

/**
 * The production server (`server/cli/start.ts`, serving the built dist/) on a free port of
 * 127.0.0.1 with a temporary data dir, in its own process as in production, with `env` added to
 * its environment (e.g. TRUST_PROXY) and `teachers` seeded. dist/ must be built.
 */
export async function startBuiltServer(env: Record<string, string> = {}, teachers?: SeededTeachers): Promise<BuiltServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-built-'));
  const joinCode = await seed(dataDir, teachers);
  const child = spawn(process.execPath, ['server/cli/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  return {
    url: url.replace('localhost', '127.0.0.1'),
    dataDir,
    joinCode,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

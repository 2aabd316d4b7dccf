import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RedisClient } from '../../server/redis/connection.ts';
import { openPostgresStore, openSqliteStore, type Store } from '../../server/storage/index.ts';
import { createTestSchema, testDatabaseUrl } from '../../server/storage/test-postgres.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import type { Client, Endpoint } from './live-harness.ts';
import { ROOT } from './run.ts';

/** The one database every node uses: the settings that point a node at it, and a store on it for the test itself. */
export interface SharedDatabase {
  env: Record<string, string | undefined>;
  /** Opens (and migrates) the database in the test's own process. */
  open(): Promise<Store<SessionState>>;
  drop(): Promise<void>;
}

/** One SQLite file in a fresh folder, shared by several processes on this machine (WAL). */
export async function sharedSqlite(): Promise<SharedDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-nodes-'));
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: undefined },
    open: () => openSqliteStore<SessionState>({ dataDir }),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A fresh schema on the test PostgreSQL server, which the nodes reach through `DATABASE_URL` (the
 * schema as libpq's `options`, as the README tells operators); uploads in a fresh folder.
 */
export async function sharedPostgres(): Promise<SharedDatabase> {
  const schema = await createTestSchema();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-nodes-'));
  const base = testDatabaseUrl();
  const options = encodeURIComponent(`-c search_path=${schema.schema}`);
  return {
    env: { DATABASE_URL: `${base}${base.includes('?') ? '&' : '?'}options=${options}`, DATA_DIR: dataDir },
    open: () => openPostgresStore<SessionState>({ connectionString: base, schema: schema.schema }),
    drop: async () => {
      await schema.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Node extends Endpoint {
  port: number;
  process: ChildProcess;
  /** What the node wrote to stderr, shown when a test fails. */
  log(): string;
  /** SIGTERM and wait for the exit; a node that was killed already resolves at once. */
  stop(): Promise<void>;
}

const ENTRY = path.join(ROOT, 'tests/integration/live-node.ts');

/** Starts one app node (`live-node.ts`) in its own Node process on a free port; resolves once it listens. */
export function startNode(env: Record<string, string | undefined>): Promise<Node> {
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.once('exit', (code) => reject(new Error(`node exited (${code}) before listening:\n${stderr}`)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const port = /listening (\d+)/.exec(stdout)?.[1];
      if (!port) return;
      child.stdout.removeAllListeners('data');
      const clients: Client[] = [];
      resolve({
        url: `http://127.0.0.1:${port}`,
        port: Number(port),
        clients,
        process: child,
        log: () => stderr,
        stop: async () => {
          for (const client of clients) client.disconnect();
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/**
 * Resolves once `count` nodes under `prefix` are in the cluster: subscribed to its channel (what
 * `fetchSockets()` counts) and reading its stream (where broadcasts travel). Polls Redis, which
 * has no event for either.
 */
export async function clusterHas(redis: RedisClient, prefix: string, count: number, timeoutMs = 15_000): Promise<void> {
  const channel = `${prefix}:live#/#`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [subscribers, clients] = await Promise.all([redis.pubSubNumSub(channel), redis.clientList()]);
    const readers = clients.filter((client) => client.name === prefix && client.cmd === 'xread').length;
    const subscribed = subscribers[channel] ?? 0;
    if (subscribed === count && readers === count) return;
    if (Date.now() > deadline) throw new Error(`cluster ${prefix}: ${subscribed} subscribed and ${readers} reading, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `promise`, or a failure that names the step when it takes longer than `ms`: a hang says where it hung. */
export function within<T>(step: string, promise: Promise<T>, ms = 10_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms} ms for: ${step}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Resolves once some node has kept a disconnected socket's session in Redis for its recovery (polls: no event). */
export async function sessionKept(redis: RedisClient, prefix: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}:live:session:*`, COUNT: 100 })) if (keys.length > 0) return;
    if (Date.now() > deadline) throw new Error(`no session kept under ${prefix}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

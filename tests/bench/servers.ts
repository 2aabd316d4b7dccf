import { randomBytes } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { BenchReply, BenchRequest } from './ipc.ts';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  ask<T extends BenchReply['type']>(request: BenchRequest, reply: T): Promise<Extract<BenchReply, { type: T }>>;
}

/** What is measured: one bare Socket.IO process, the app on one node, or the app on several sharing PostgreSQL and Redis. */
export interface Target {
  mode: 'app' | 'bare';
  nodes: ServerProcess[];
  stop(): Promise<void>;
}

function startServer(mode: 'app' | 'bare', dataDir: string, env: NodeJS.ProcessEnv, profileDir?: string): Promise<ServerProcess> {
  const child = fork(path.resolve('tests/bench/bench-server.ts'), [mode, '0', dataDir], {
    execArgv: ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiters = new Map<string, (reply: BenchReply) => void>();
  child.on('message', (reply: BenchReply) => {
    waiters.get(reply.type)?.(reply);
    waiters.delete(reply.type);
  });
  const expect = <T extends BenchReply['type']>(type: T) =>
    new Promise<Extract<BenchReply, { type: T }>>((resolve, reject) => {
      waiters.set(type, resolve as (reply: BenchReply) => void);
      child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
    });
  return expect('listening').then(({ port }) => ({
    child,
    url: `http://127.0.0.1:${port}`,
    ask: (request, type) => {
      const reply = expect(type);
      child.send(request);
      return reply;
    },
  }));
}

async function stopServer(server: ServerProcess): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.send({ type: 'stop' } satisfies BenchRequest);
  await exited;
}

/** A fresh PostgreSQL database for one run, dropped afterwards. */
async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lesplatform_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TargetOptions {
  mode: 'app' | 'bare';
  /** Several nodes share a fresh PostgreSQL database and Redis (under a prefix of their own). */
  nodes: number;
  postgresUrl: string;
  redisUrl: string;
  profileDir?: string;
}

/** Starts what is measured; with more than one node, over PostgreSQL and Redis as a school would run them. */
export async function startTarget(options: TargetOptions): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-bench-'));
  const database = options.nodes > 1 ? await freshDatabase(options.postgresUrl) : null;
  const env: NodeJS.ProcessEnv = database
    ? { DATABASE_URL: database.url, REDIS_URL: options.redisUrl, REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}`, TRUST_PROXY: '1' }
    : { DATABASE_URL: '', REDIS_URL: '', TRUST_PROXY: '1' };
  const profile = options.mode === 'app' ? options.profileDir : undefined;
  const nodes: ServerProcess[] = [];
  try {
    for (let node = 0; node < options.nodes; node += 1) nodes.push(await startServer(options.mode, dataDir, env, profile));
  } catch (error) {
    await Promise.all(nodes.map(stopServer));
    await database?.drop();
    throw error;
  }
  return {
    mode: options.mode,
    nodes,
    async stop() {
      await Promise.all(nodes.map(stopServer));
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

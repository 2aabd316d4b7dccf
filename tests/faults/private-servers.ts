import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './class.ts';

/**
 * Redis and PostgreSQL servers of the test's own, on free ports in a temporary folder, which the test
 * may stop and start at will; the machine's shared servers are never touched.
 */

const onPath = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** The folder of initdb/pg_ctl: on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
function postgresBin(): string | null {
  if (onPath('pg_ctl') && onPath('initdb')) return '';
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Why the private servers cannot run here, or null when they can. */
export function missingServers(): string | null {
  if (!onPath('redis-server')) return 'redis-server is not installed';
  if (postgresBin() === null) return 'the PostgreSQL server programs (initdb, pg_ctl) are not installed';
  if (userInfo().uid === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root without a postgres user';
  return null;
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (pattern.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} stopped (${code}):\n${output}`)));
  });
}

export interface PrivateServer {
  url: string;
  /** Stops it the hard way (no clean shutdown); `start()` brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

/** A Redis without persistence, as a cache-only deployment runs it. */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(child, /Ready to accept connections/, 'redis-server');
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, destroy: stop };
}

/**
 * A PostgreSQL cluster made with initdb in a temporary folder (as the `postgres` user when run as
 * root, since initdb refuses root), trust authentication on 127.0.0.1 only.
 */
export async function startPrivatePostgres(): Promise<PrivateServer> {
  const bin = postgresBin();
  if (bin === null) throw new Error('PostgreSQL server programs not found');
  const tool = (name: string) => (bin ? path.join(bin, name) : name);
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'lesplatform-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const run = (args: string[]) => {
    const [command, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
    return spawnSync(command as string, rest, { encoding: 'utf8', cwd: dir });
  };
  const data = path.join(dir, 'data');
  const made = run([tool('initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  if (made.status !== 0) throw new Error(`initdb failed:\n${made.stderr}`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = async () => {
    const started = run([tool('pg_ctl'), '-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    if (started.status !== 0) throw new Error(`pg_ctl start failed:\n${started.stdout}${started.stderr}`);
  };
  // Immediate mode is a crash as far as the app can tell: connections die and the server recovers from its WAL on start.
  const stop = async () => void run([tool('pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

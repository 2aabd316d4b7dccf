import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashToken, newToken } from '../../server/auth/tokens.ts';
import { openSqliteStore, type Store } from '../../server/storage/index.ts';
import { STUDENT_COOKIE } from '../../server/work/student-session.ts';
import { memoryStorage } from '../../src/live/storage.ts';
import { createEditorStore } from '../../src/moodboard/store.ts';
import { BoardSync, type FetchLike } from '../../src/moodboard/sync.ts';
import { handInBoard } from '../../src/moodboard/ui/api-client.ts';
import type { BoardDoc } from '../../src/shared/moodboard/board.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { ensureBuilt } from '../e2e/built-server.ts';
import { LES2, teacherWithSession } from '../integration/live-harness.ts';
import { freePort, lessons } from './class.ts';
import { openFlakyLine } from './flaky-network.ts';
import { waitFor } from './phone.ts';

const STUDENTS = 12;
const STEPS = 12;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-boards-kill-'));
const servers: ChildProcess[] = [];
let store: Store<SessionState>;

afterAll(async () => {
  for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The production server (`npm start`: pages, API and live socket) on `port`; resolves once it listens. */
function startApp(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['server/cli/start.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('draait op')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server stopped (${code}):\n${output}`)));
  });
}

const docAt = (student: number, step: number): BoardDoc => ({ version: 1, items: [], explanation: `Leerling ${student}, stap ${step}` });

/** A handout of Les 2's moodboard in a fresh session, with `deadline`. */
async function handOut(deadline: number) {
  const { session, teacherId } = await teacherWithSession({ store, lessons: await lessons });
  const handout = await store.createHandout({
    id: randomUUID(),
    teacherId,
    sessionId: session.id,
    lessonSlug: LES2,
    assignmentId: 'moodboard-gstar',
    deadline,
  });
  return { session, handout };
}

/** A logged-in student with a board and the editor's own sync, talking to `base` (or through `via`). */
async function student(handout: { id: string; sessionId: string }, index: number, base: string, via = base) {
  const id = randomUUID();
  await store.addParticipant({
    id,
    sessionId: handout.sessionId,
    name: `Leerling ${index}`,
    nameKey: `leerling ${index}`,
    resumeTokenHash: hashToken(newToken()),
  });
  const token = newToken();
  await store.createStudentLogin({ tokenHash: hashToken(token), participantId: id, expiresAt: Date.now() + 3_600_000 });
  const board = await store.ensureBoard({ handoutId: handout.id, participantId: id, doc: docAt(index, 0) });
  // As the browser sends them: the student's cookie and the page's origin.
  const fetcher: FetchLike = (url, init) =>
    fetch(`${via}${url}`, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), cookie: `${STUDENT_COOKIE}=${token}`, origin: via },
    });
  const editor = createEditorStore(docAt(index, 0));
  const sync = new BoardSync({
    boardId: board.id,
    revision: 0,
    store: editor,
    fetch: fetcher,
    storage: memoryStorage(),
    channel: null,
    events: null,
  });
  return { index, board, editor, sync, fetcher, savedDocs: new Map<number, BoardDoc>(), handedIn: new Map<number, number>() };
}

let port = 0;
let base = '';
beforeAll(async () => {
  ensureBuilt();
  store = await openSqliteStore<SessionState>({ dataDir });
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await startApp(port);
});

it('a hand-in whose answer is lost, tried again after the deadline, is the same version and on time', async () => {
  const { handout } = await handOut(Date.now() + 2_000);
  const line = await openFlakyLine(port);
  try {
    const sam = await student(handout, 0, base, line.url);
    sam.editor.getState().dispatch({ type: 'setExplanation', text: 'Af' });
    expect((await sam.sync.flush()).kind).toBe('saved');
    // The hand-in reaches the server over the connection the save left open; its answer does not
    // come back, and the retries come after the deadline.
    const lost = line.drop(3_000, 'down');
    const outcome = await handInBoard(sam.board.id, sam.sync.revision, sam.fetcher);
    await lost;
    expect(outcome).toMatchObject({ ok: true, version: { number: 1, late: false } });
    const versions = await store.listVersions(sam.board.id);
    expect(versions.map((version) => [version.number, version.late])).toEqual([[1, false]]);
    expect(versions[0]?.handedInAt).toBeLessThan(handout.deadline);
    sam.sync.dispose();
  } finally {
    line.close();
  }
});

it('a kill -9 during moodboard saves and hand-ins loses nothing acknowledged and makes no version twice', async () => {
  const { handout } = await handOut(Date.now() + 3_600_000);
  // Each student edits, saves (the editor's own sync) and hands in every other step, over and over.
  const students = await Promise.all(Array.from({ length: STUDENTS }, (_, index) => student(handout, index, base)));
  let failures = 0;
  const work = students.map(async (student) => {
    for (let step = 1; step <= STEPS; step += 1) {
      const doc = docAt(student.index, step);
      student.editor.getState().dispatch({ type: 'setExplanation', text: doc.explanation });
      // As the student does when saving or handing in fails: try again until it goes through.
      for (;;) {
        const status = await student.sync.flush();
        if (status.kind === 'saved') break;
        if (status.kind === 'conflict' || status.kind === 'error') throw new Error(`${student.index}: ${JSON.stringify(status)}`);
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      student.savedDocs.set(student.sync.revision, doc);
      if (step % 2 !== 0) continue;
      for (;;) {
        const outcome = await handInBoard(
          student.board.id,
          student.sync.revision,
          student.fetcher,
          () => new Promise((resolve) => setTimeout(resolve, 200)),
        );
        if (outcome.ok) {
          student.handedIn.set(outcome.version.number, student.sync.revision);
          break;
        }
        if (outcome.conflict || outcome.code) throw new Error(`${student.index}: hand-in ${JSON.stringify(outcome)}`);
        failures += 1;
      }
    }
  });
  const acknowledged = () => students.reduce((sum, student) => sum + student.savedDocs.size + student.handedIn.size, 0);
  await waitFor('some saves and hand-ins acknowledged', () => acknowledged() >= STUDENTS * 3, 60_000, 1);
  servers.at(-1)?.kill('SIGKILL');
  const ackedAtKill = acknowledged();
  const restart = startApp(port);
  await Promise.all(work);
  await restart;

  let versions = 0;
  for (const student of students) {
    const board = await store.findBoard(student.board.id);
    const lastSaved = Math.max(...student.savedDocs.keys());
    expect(board?.revision).toBe(lastSaved);
    expect(board?.doc).toEqual(student.savedDocs.get(lastSaved));
    const stored = await store.listVersions(student.board.id);
    versions += stored.length;
    // Every acknowledged hand-in is there under its number; no revision was handed in twice.
    for (const [number, revision] of student.handedIn) expect(stored.find((version) => version.number === number)?.revision).toBe(revision);
    expect(new Set(stored.map((version) => version.revision)).size).toBe(stored.length);
    expect(stored).toHaveLength(STEPS / 2);
    for (const version of stored) expect(version.doc).toEqual(student.savedDocs.get(version.revision));
  }
  console.log(
    `kill -9 during moodboard work of ${STUDENTS} students: ${ackedAtKill} saves and hand-ins acknowledged before the kill, ` +
      `${failures} tries failed on the way, ${versions} versions stored for ${(STUDENTS * STEPS) / 2} hand-ins, none twice`,
  );
  for (const student of students) student.sync.dispose();
}, 240_000);

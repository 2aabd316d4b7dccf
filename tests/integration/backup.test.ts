import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLiveLessons } from '../../server/live/lessons.ts';
import { POSTGRES_DUMP_NAME, SQLITE_FILE_NAME } from '../../server/storage/backup.ts';
import { openPostgresStore, openSqliteStore, type Store } from '../../server/storage/index.ts';
import { createTestDatabase } from '../../server/storage/test-postgres.ts';
import { saveImageFiles, uploadFiles } from '../../server/uploads/files.ts';
import { prepareImage } from '../../server/uploads/image.ts';
import { solidImage } from '../../server/uploads/test-images.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { startNode, within } from './cluster.ts';
import { command, join, teacherWithSession } from './live-harness.ts';
import { runNode } from './run.ts';

const lessons = loadLiveLessons(path.resolve('lessons'));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `lesplatform-${name}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** Where the app keeps its data, how to open it here, and how to restore a backup of it into a fresh place. */
interface Setup {
  env: Record<string, string | undefined>;
  dataDir: string;
  open(): Promise<Store<SessionState>>;
  /** Restores the backup folder into a fresh database and data folder; returns a store on them and that folder. */
  restore(backup: string): Promise<{ store: Store<SessionState>; dataDir: string }>;
}

const sqliteSetup = async (): Promise<Setup> => {
  const dataDir = tempDir('data');
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: undefined },
    dataDir,
    open: () => openSqliteStore<SessionState>({ dataDir }),
    async restore(backup) {
      // As the README says: the database file and the uploads folder into an empty DATA_DIR.
      const fresh = tempDir('restored');
      copyFileSync(path.join(backup, SQLITE_FILE_NAME), path.join(fresh, SQLITE_FILE_NAME));
      cpSync(path.join(backup, 'uploads'), path.join(fresh, 'uploads'), { recursive: true });
      return { store: await openSqliteStore<SessionState>({ dataDir: fresh }), dataDir: fresh };
    },
  };
};

const postgresSetup = async (): Promise<Setup> => {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const dataDir = tempDir('data');
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
    dataDir,
    open: () => openPostgresStore<SessionState>({ connectionString: database.url }),
    async restore(backup) {
      const target = await createTestDatabase();
      cleanups.push(target.drop);
      const restored = spawnSync('pg_restore', ['--no-owner', '--dbname', target.url, path.join(backup, POSTGRES_DUMP_NAME)], {
        encoding: 'utf8',
      });
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      const fresh = tempDir('restored');
      cpSync(path.join(backup, 'uploads'), path.join(fresh, 'uploads'), { recursive: true });
      return { store: await openPostgresStore<SessionState>({ connectionString: target.url }), dataDir: fresh };
    },
  };
};

const hasPgTools = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
const SETUPS = { SQLite: sqliteSetup, ...(hasPgTools ? { PostgreSQL: postgresSetup } : {}) };
if (!hasPgTools) console.warn('pg_dump/pg_restore not on PATH: the PostgreSQL backup test is skipped');

describe.each(Object.entries(SETUPS))('npm run backup on %s', (_name, makeSetup) => {
  it('copies answers, boards and uploads while the app runs and writes, and the copy opens as a working store', async () => {
    const setup = await makeSetup();
    const store = await setup.open();
    cleanups.push(() => store.close());
    const { cookie, session, teacherId } = await teacherWithSession({ store, lessons: await lessons });
    // The node trusts X-Forwarded-For, so each student below can come from an address of its own.
    const node = await startNode({ ...setup.env, TRUST_PROXY: '1' });
    cleanups.push(() => node.stop());

    // One student with a saved board holding an uploaded image.
    const sam = await join(node, { role: 'student', code: session.code, name: 'Sam' });
    const samId = sam.welcome?.participantId ?? '';
    const handout = await store.createHandout({
      id: 'h1',
      teacherId,
      sessionId: session.id,
      lessonSlug: 'l',
      assignmentId: 'a',
      deadline: Date.now() + 3_600_000,
    });
    const board = await store.ensureBoard({ handoutId: handout.id, participantId: samId, doc: { version: 1, items: [], explanation: '' } });
    const image = await saveImageFiles(setup.dataDir, await prepareImage(await solidImage(64, 48, 'png')));
    await store.createUpload({
      id: image.id,
      participantId: samId,
      boardId: board.id,
      mime: 'image/webp',
      width: 64,
      height: 48,
      bytes: image.bytes,
      now: Date.now(),
    });
    const doc = { version: 1, items: [], explanation: 'Mijn moodboard' };
    expect((await store.saveBoard(board.id, doc, 0, Date.now())).ok).toBe(true);

    const teacher = await join(node, { role: 'teacher', sessionId: session.id }, cookie);
    expect(await command(teacher.client, 'item:open', { id: 'quiz-kosten' })).toMatchObject({ ok: true });

    // Students keep joining and answering through the app until the backup is done.
    const acked: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let index = 0; writing; index += 1) {
        // A phone of its own address each (the node trusts X-Forwarded-For): the per-address limit
        // on new students is not what this test is about, however long the backup takes.
        const address = { 'x-forwarded-for': `10.9.${(index >> 8) & 255}.${index & 255}` };
        const student = await join(node, { role: 'student', code: session.code, name: `Leerling ${index}` }, undefined, address);
        const ack = await command(student.client, 'answer:submit', {
          itemId: 'quiz-kosten',
          clientAnswerId: `backup-${index}`,
          value: { kind: 'quiz', choices: ['B'] },
        });
        if (ack.ok) acked.push(student.welcome?.participantId ?? '');
        student.client.disconnect();
      }
    })();
    await within(
      'the first answers',
      (async () => {
        while (acked.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
    );
    const ackedBefore = [...acked];
    const target = path.join(tempDir('backups'), 'kopie');
    const backup = await runNode(['server/cli/backup.ts', '--doel', target], setup.env);
    const ackedDuring = acked.length - ackedBefore.length;
    writing = false;
    await writer;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout.trim().split('\n').at(-1)).toBe(`Back-up klaar: ${target}`);
    expect(JSON.parse(readFileSync(path.join(target, 'backup.json'), 'utf8'))).toMatchObject({ uploadFiles: 2 });

    const restored = await setup.restore(target);
    cleanups.push(() => restored.store.close());
    const answers = await restored.store.listAnswers(session.id);
    const answered = new Set(answers.map((answer) => answer.participantId));
    // Everything acknowledged before the backup began is in it; nothing is in it that the app never stored.
    for (const participantId of ackedBefore) expect(answered.has(participantId)).toBe(true);
    const live = new Set((await store.listAnswers(session.id)).map((answer) => answer.participantId));
    for (const participantId of answered) expect(live.has(participantId)).toBe(true);
    expect(answers.length).toBeGreaterThanOrEqual(ackedBefore.length);
    console.log(`backup: ${ackedBefore.length} answers before, ${ackedDuring} acknowledged while it ran, ${answers.length} in the copy`);

    expect((await restored.store.findBoard(board.id))?.doc).toEqual(doc);
    expect(await restored.store.findUpload(image.id)).toMatchObject({ boardId: board.id, bytes: image.bytes });
    const files = uploadFiles(restored.dataDir, image.id);
    expect(existsSync(files.image) && existsSync(files.thumbnail)).toBe(true);
    expect(readFileSync(files.image)).toEqual(readFileSync(uploadFiles(setup.dataDir, image.id).image));
    expect((await restored.store.listParticipants(session.id)).some((participant) => participant.name === 'Sam')).toBe(true);
  }, 60_000);

  it('refuses a target folder that is not empty, with a Dutch message', async () => {
    const setup = await makeSetup();
    const store = await setup.open();
    await store.close();
    const target = tempDir('full');
    cpSync(path.resolve('package.json'), path.join(target, 'package.json'));
    const result = await runNode(['server/cli/backup.ts', '--doel', target], setup.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestaat al en is niet leeg');
  });
});

describe('npm run backup without pg_dump', () => {
  it('says in Dutch what to install, and stops', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const store = await openPostgresStore<SessionState>({ connectionString: database.url });
    await store.close();
    const target = path.join(tempDir('backups'), 'kopie');
    const result = await runNode(['server/cli/backup.ts', '--doel', target], {
      DATABASE_URL: database.url,
      DATA_DIR: tempDir('data'),
      PATH: path.dirname(process.execPath),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump is niet gevonden');
    expect(result.stderr).not.toContain(database.url);
  });
});

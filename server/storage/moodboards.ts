import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { isUniqueViolation } from './errors.ts';
import { createMoodboardStudentQueries } from './moodboard-students.ts';
import type { BoardsTable, BoardVersionsTable, Database, FeedbackTable, HandoutsTable } from './schema.ts';
import type { Board, BoardVersion, Feedback, Handout, MoodboardStore } from './types.ts';

const toHandout = (row: Selectable<HandoutsTable>): Handout => ({
  id: row.id,
  teacherId: row.teacher_id,
  sessionId: row.session_id,
  lessonSlug: row.lesson_slug,
  assignmentId: row.assignment_id,
  deadline: row.deadline,
  createdAt: row.created_at,
});

const toBoard = (row: Selectable<BoardsTable>): Board => ({
  id: row.id,
  handoutId: row.handout_id,
  participantId: row.participant_id,
  doc: JSON.parse(row.doc_json),
  revision: row.revision,
  startedAt: row.started_at,
  updatedAt: row.updated_at,
});

const toVersion = (row: Selectable<BoardVersionsTable>): BoardVersion => ({
  id: row.id,
  boardId: row.board_id,
  number: row.number,
  doc: JSON.parse(row.doc_json),
  revision: row.revision,
  handedInAt: row.handed_in_at,
  late: row.late === 1,
});

const toFeedback = (row: Selectable<FeedbackTable>): Feedback => ({
  boardId: row.board_id,
  teacherId: row.teacher_id,
  text: row.text,
  grade: row.grade,
  updatedAt: row.updated_at,
});

function serialiseDoc(doc: unknown): string {
  const json = JSON.stringify(doc);
  if (json === undefined) throw new TypeError('A board document must be JSON-serialisable');
  return json;
}

/**
 * Runs a transaction; when it loses a race on a unique constraint (possible where transactions are
 * not serialised, i.e. PostgreSQL), runs it once more so it sees the winner's row.
 */
async function retryOnceOnUnique<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const attempt = () => db.transaction().execute(work);
  try {
    return await attempt();
  } catch (error) {
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

async function ensureBoardInTransaction(
  trx: Kysely<Database>,
  input: { handoutId: string; participantId: string; doc: unknown },
  now: number,
): Promise<Board> {
  const existing = await trx
    .selectFrom('boards')
    .selectAll()
    .where('handout_id', '=', input.handoutId)
    .where('participant_id', '=', input.participantId)
    .executeTakeFirst();
  if (existing) return toBoard(existing);
  const handout = await trx.selectFrom('handouts').select('session_id').where('id', '=', input.handoutId).executeTakeFirst();
  if (!handout) throw new Error(`No handout ${input.handoutId}`);
  const row = await trx
    .insertInto('boards')
    .values({
      id: randomUUID(),
      session_id: handout.session_id,
      handout_id: input.handoutId,
      participant_id: input.participantId,
      doc_json: serialiseDoc(input.doc),
      revision: 0,
      started_at: null,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBoard(row);
}

async function handInInTransaction(
  trx: Kysely<Database>,
  input: { boardId: string; revision: number; now: number; late: boolean },
): Promise<BoardVersion | null> {
  const board = await trx
    .selectFrom('boards')
    .selectAll()
    .where('id', '=', input.boardId)
    .where('revision', '=', input.revision)
    .executeTakeFirst();
  if (!board) return null;
  const last = await trx
    .selectFrom('board_versions')
    .selectAll()
    .where('board_id', '=', board.id)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  // A repeat of a hand-in that already went through (its answer lost, the student pressed again,
  // perhaps after the deadline) is that hand-in: the same version, its own time and lateness.
  if (last && last.revision === board.revision) return toVersion(last);
  const row = {
    id: randomUUID(),
    board_id: board.id,
    number: (last?.number ?? 0) + 1,
    doc_json: board.doc_json,
    revision: board.revision,
    handed_in_at: input.now,
    late: input.late ? 1 : 0,
  };
  await trx.insertInto('board_versions').values(row).execute();
  return toVersion(row);
}

/** Handed-out assignments, boards, versions and feedback, as portable Kysely queries (contracts on MoodboardStore). */
export function createMoodboardQueries(context: StoreContext): MoodboardStore {
  const { db, clock } = context;
  /** Handouts with `column` = `value`, newest first. */
  const handoutsWhere = async (column: 'teacher_id' | 'session_id', value: string) => {
    const rows = await db
      .selectFrom('handouts')
      .selectAll()
      .where(column, '=', value)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toHandout);
  };
  return {
    async createHandout(input) {
      const row = {
        id: input.id,
        teacher_id: input.teacherId,
        session_id: input.sessionId,
        lesson_slug: input.lessonSlug,
        assignment_id: input.assignmentId,
        deadline: input.deadline,
        created_at: clock(),
      };
      await db.insertInto('handouts').values(row).execute();
      return toHandout(row);
    },

    async findHandout(id) {
      const row = await db.selectFrom('handouts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toHandout(row) : null;
    },

    listHandoutsForTeacher: (teacherId) => handoutsWhere('teacher_id', teacherId),
    listHandoutsForSession: (sessionId) => handoutsWhere('session_id', sessionId),

    setHandoutDeadline: (id, deadline) =>
      db.transaction().execute(async (trx) => {
        const result = await trx.updateTable('handouts').set({ deadline }).where('id', '=', id).executeTakeFirst();
        // "Late" is measured against the deadline in force, so versions follow a moved deadline.
        await trx
          .updateTable('board_versions')
          .set({ late: sql<number>`case when handed_in_at > ${deadline} then 1 else 0 end` })
          .where('board_id', 'in', trx.selectFrom('boards').select('id').where('handout_id', '=', id))
          .execute();
        return result.numUpdatedRows > 0n;
      }),

    ensureBoard: (input) => retryOnceOnUnique(db, (trx) => ensureBoardInTransaction(trx, input, clock())),

    async findBoard(id) {
      const row = await db.selectFrom('boards').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toBoard(row) : null;
    },

    async listBoards(handoutId) {
      const rows = await db.selectFrom('boards').selectAll().where('handout_id', '=', handoutId).orderBy('id').execute();
      return rows.map(toBoard);
    },

    async saveBoard(id, doc, expectedRevision, now) {
      // One conditional UPDATE: of two writers from the same revision, exactly one matches the row.
      const saved = await db
        .updateTable('boards')
        .set({
          doc_json: serialiseDoc(doc),
          revision: expectedRevision + 1,
          updated_at: now,
          started_at: sql<number>`coalesce(started_at, ${now})`,
        })
        .where('id', '=', id)
        .where('revision', '=', expectedRevision)
        .returningAll()
        .executeTakeFirst();
      if (saved) return { ok: true, board: toBoard(saved) };
      const current = await db.selectFrom('boards').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw new Error(`No board ${id}`);
      return { ok: false, current: toBoard(current) };
    },

    handIn: (input) => retryOnceOnUnique(db, (trx) => handInInTransaction(trx, input)),

    async listVersions(boardId) {
      const rows = await db.selectFrom('board_versions').selectAll().where('board_id', '=', boardId).orderBy('number').execute();
      return rows.map(toVersion);
    },

    async setFeedback({ boardId, teacherId, text, grade, now }) {
      const row = { board_id: boardId, teacher_id: teacherId, text, grade, updated_at: now };
      await db
        .insertInto('feedback')
        .values(row)
        .onConflict((conflict) => conflict.column('board_id').doUpdateSet({ teacher_id: teacherId, text, grade, updated_at: now }))
        .execute();
      return toFeedback(row);
    },

    async findFeedback(boardId) {
      const row = await db.selectFrom('feedback').selectAll().where('board_id', '=', boardId).executeTakeFirst();
      return row ? toFeedback(row) : null;
    },

    ...createMoodboardStudentQueries(context),
  };
}

import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { StoreConflictError, withConflictBackstop } from './errors.ts';
import type { Database, LiveSessionsTable } from './schema.ts';
import type { LiveSession, LiveSessionStore, LiveSessionUpdate, RevisionedState } from './types.ts';

const openSessionWithCode = (db: Kysely<Database>, code: string) =>
  db.selectFrom('live_sessions').selectAll().where('code', '=', code).where('ended_at', 'is', null);

function checkRevision({ state, expectedRevision }: LiveSessionUpdate): void {
  if (!(state.revision > expectedRevision)) {
    throw new RangeError(`New revision ${state.revision} must be greater than the expected revision ${expectedRevision}`);
  }
}

async function saveState(db: Kysely<Database>, update: LiveSessionUpdate): Promise<boolean> {
  checkRevision(update);
  const result = await db
    .updateTable('live_sessions')
    .set({ state_json: JSON.stringify(update.state), revision: update.state.revision })
    .where('id', '=', update.id)
    .where('revision', '=', update.expectedRevision)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Live sessions with their serialised state, as portable Kysely queries (contracts on LiveSessionStore). */
export function createLiveSessionQueries<TState extends RevisionedState>({
  db,
  clock,
  parseState,
}: StoreContext<TState>): LiveSessionStore<TState> {
  const toLiveSession = (row: Selectable<LiveSessionsTable>): LiveSession<TState> => ({
    id: row.id,
    code: row.code,
    teacherId: row.teacher_id,
    lessonSlug: row.lesson_slug,
    state: parseState(JSON.parse(row.state_json)),
    revision: row.revision,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  });

  const findOpenByCode = async (code: string): Promise<LiveSession<TState> | null> => {
    const row = await openSessionWithCode(db, code).executeTakeFirst();
    return row ? toLiveSession(row) : null;
  };

  return {
    async createLiveSession({ id, code, teacherId, lessonSlug, state }) {
      const row = {
        id,
        code,
        teacher_id: teacherId,
        lesson_slug: lessonSlug,
        state_json: JSON.stringify(state),
        revision: state.revision,
        created_at: clock(),
        ended_at: null,
      };
      await withConflictBackstop(
        'code_taken',
        () =>
          db.transaction().execute(async (trx) => {
            if (await openSessionWithCode(trx, code).executeTakeFirst()) throw new StoreConflictError('code_taken');
            await trx.insertInto('live_sessions').values(row).execute();
          }),
        async () => (await findOpenByCode(code)) !== null,
      );
      return toLiveSession(row);
    },

    async findLiveSessionById(id) {
      const row = await db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toLiveSession(row) : null;
    },

    findOpenLiveSessionByCode: findOpenByCode,

    async listLiveSessionsForTeacher(teacherId) {
      const rows = await db
        .selectFrom('live_sessions')
        .selectAll()
        .where('teacher_id', '=', teacherId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toLiveSession);
    },

    saveLiveSessionState: (id, state, expectedRevision) => saveState(db, { id, state, expectedRevision }),

    async saveLiveSessionStates(updates) {
      for (const update of updates) checkRevision(update);
      if (updates.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const saved: boolean[] = [];
        for (const update of updates) saved.push(await saveState(trx, update));
        return saved;
      });
    },

    async endLiveSession(id, now) {
      const result = await db
        .updateTable('live_sessions')
        .set({ ended_at: now })
        .where('id', '=', id)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

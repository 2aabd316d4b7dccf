import type { Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { StoreConflictError } from './errors.ts';
import type { ClassesTable } from './schema.ts';
import type { ClassStore, RevisionedState, SchoolClass } from './types.ts';

const toClass = (row: Selectable<ClassesTable>): SchoolClass => ({
  sessionId: row.session_id,
  teacherId: row.teacher_id,
  name: row.name,
  createdAt: row.created_at,
});

// Class names are school codes with numbers in them: MV3A belongs before MV10A.
const byName = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Classes and their backing sessions, as portable Kysely queries (contracts on ClassStore). */
export function createClassQueries<TState extends RevisionedState>({ db, clock }: StoreContext<TState>): ClassStore<TState> {
  return {
    async createClass({ sessionId, teacherId, name, code, state, students }) {
      const keys = new Set(students.map((student) => student.nameKey));
      if (keys.size !== students.length) throw new StoreConflictError('name_taken');
      const now = clock();
      const row = { session_id: sessionId, teacher_id: teacherId, name, created_at: now };
      await db.transaction().execute(async (trx) => {
        // Ended from the start: the open-code rule and every join path only look at open sessions.
        await trx
          .insertInto('live_sessions')
          .values({
            id: sessionId,
            code,
            teacher_id: teacherId,
            lesson_slug: '',
            state_json: JSON.stringify(state),
            revision: state.revision,
            created_at: now,
            ended_at: now,
          })
          .execute();
        await trx.insertInto('classes').values(row).execute();
        if (students.length > 0) {
          await trx
            .insertInto('participants')
            .values(
              students.map((student) => ({
                id: student.id,
                session_id: sessionId,
                name: student.name,
                name_key: student.nameKey,
                resume_token_hash: student.resumeTokenHash,
                joined_at: now,
                removed_at: null,
              })),
            )
            .execute();
        }
      });
      return toClass(row);
    },

    async findClassBySession(sessionId) {
      const row = await db.selectFrom('classes').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
      return row ? toClass(row) : null;
    },

    async listClassesForTeacher(teacherId) {
      const rows = await db
        .selectFrom('classes')
        .leftJoin('participants', (join) =>
          join.onRef('participants.session_id', '=', 'classes.session_id').on('participants.removed_at', 'is', null),
        )
        .select(['classes.session_id', 'classes.teacher_id', 'classes.name', 'classes.created_at'])
        .select((eb) => eb.fn.count<number | string | bigint>('participants.id').as('student_count'))
        .where('classes.teacher_id', '=', teacherId)
        .groupBy(['classes.session_id', 'classes.teacher_id', 'classes.name', 'classes.created_at'])
        .execute();
      return rows
        .map((row) => ({ ...toClass(row), studentCount: Number(row.student_count) }))
        .sort((a, b) => byName.compare(a.name, b.name) || a.createdAt - b.createdAt);
    },

    async renameClass(sessionId, name) {
      const row = await db.updateTable('classes').set({ name }).where('session_id', '=', sessionId).returningAll().executeTakeFirst();
      return row ? toClass(row) : null;
    },
  };
}

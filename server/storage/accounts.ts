import type { Selectable } from 'kysely';
import { normaliseEmail, type StoreContext } from './context.ts';
import { StoreConflictError, withConflictBackstop } from './errors.ts';
import type { AuthSessionsTable, InvitesTable, TeachersTable } from './schema.ts';
import type { AccountStore, AuthSession, Invite, Teacher } from './types.ts';

const toTeacher = (row: Selectable<TeachersTable>): Teacher => ({
  id: row.id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

const toAuthSession = (row: Selectable<AuthSessionsTable>): AuthSession => ({
  tokenHash: row.token_hash,
  teacherId: row.teacher_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

const toInvite = (row: Selectable<InvitesTable>): Invite => ({
  tokenHash: row.token_hash,
  invitedBy: row.invited_by,
  email: row.email,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

/** Teachers, their login sessions and invites, as portable Kysely queries (contracts on AccountStore). */
export function createAccountQueries({ db, clock }: StoreContext): AccountStore {
  const findTeacherByEmail = async (email: string): Promise<Teacher | null> => {
    const row = await db.selectFrom('teachers').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
    return row ? toTeacher(row) : null;
  };

  return {
    async countTeachers() {
      const { count } = await db
        .selectFrom('teachers')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
        .executeTakeFirstOrThrow();
      // COUNT is a bigint on PostgreSQL, which drivers hand over as a string.
      return Number(count);
    },

    async createTeacher({ id, email, name, passwordHash }) {
      const row = { id, email: normaliseEmail(email), name, password_hash: passwordHash, created_at: clock() };
      return withConflictBackstop(
        'email_taken',
        async () => {
          if (await findTeacherByEmail(row.email)) throw new StoreConflictError('email_taken');
          await db.insertInto('teachers').values(row).execute();
          return toTeacher(row);
        },
        async () => (await findTeacherByEmail(row.email)) !== null,
      );
    },

    findTeacherByEmail,

    async findTeacherById(id) {
      const row = await db.selectFrom('teachers').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toTeacher(row) : null;
    },

    async createAuthSession({ tokenHash, teacherId, expiresAt }) {
      const row = { token_hash: tokenHash, teacher_id: teacherId, created_at: clock(), expires_at: expiresAt };
      await db.insertInto('auth_sessions').values(row).execute();
      return toAuthSession(row);
    },

    async findAuthSession(tokenHash, now) {
      const row = await db
        .selectFrom('auth_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row ? toAuthSession(row) : null;
    },

    async deleteAuthSession(tokenHash) {
      const result = await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async deleteExpiredAuthSessions(now) {
      const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async createInvite({ tokenHash, invitedBy, email = null, expiresAt }) {
      const row = {
        token_hash: tokenHash,
        invited_by: invitedBy,
        email: email === null ? null : normaliseEmail(email),
        created_at: clock(),
        expires_at: expiresAt,
        used_at: null,
      };
      await db.insertInto('invites').values(row).execute();
      return toInvite(row);
    },

    async useInvite(tokenHash, now) {
      // One conditional UPDATE ... RETURNING: the database decides which of two racing uses wins.
      const row = await db
        .updateTable('invites')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      return row ? toInvite(row) : null;
    },

    async rememberDevice({ tokenHash, account, expiresAt }) {
      const now = clock();
      await db.deleteFrom('known_devices').where('account', '=', account).where('expires_at', '<=', now).execute();
      await db
        .insertInto('known_devices')
        .values({ token_hash: tokenHash, account, created_at: now, expires_at: expiresAt })
        .onConflict((conflict) => conflict.columns(['token_hash', 'account']).doUpdateSet({ expires_at: expiresAt }))
        .execute();
    },

    async isKnownDevice(tokenHash, account, now) {
      const row = await db
        .selectFrom('known_devices')
        .select('token_hash')
        .where('token_hash', '=', tokenHash)
        .where('account', '=', account)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

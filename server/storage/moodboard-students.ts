import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { isUniqueViolation } from './errors.ts';
import { toParticipant } from './participants.ts';
import type { Database, StudentLoginsTable, UploadsTable } from './schema.ts';
import type { MoodboardStore, StudentLogin, Upload } from './types.ts';

type StudentQueries = Pick<
  MoodboardStore,
  | 'createUpload'
  | 'findUpload'
  | 'uploadedBytes'
  | 'workCodeFor'
  | 'replaceWorkCode'
  | 'findParticipantByWorkCode'
  | 'createStudentLogin'
  | 'findStudentLogin'
  | 'deleteStudentLogin'
>;

const toUpload = (row: Selectable<UploadsTable>): Upload => ({
  id: row.id,
  participantId: row.participant_id,
  boardId: row.board_id,
  mime: row.mime,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  createdAt: row.created_at,
});

const toStudentLogin = (row: Selectable<StudentLoginsTable>): StudentLogin => ({
  tokenHash: row.token_hash,
  participantId: row.participant_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** Tries before giving up on finding a free work code; with millions of codes, more means a broken `makeCode`. */
const WORK_CODE_TRIES = 20;

async function workCodeInTransaction(trx: Kysely<Database>, participantId: string, makeCode: () => string, now: number): Promise<string> {
  const existing = await trx.selectFrom('work_codes').select('code').where('participant_id', '=', participantId).executeTakeFirst();
  if (existing) return existing.code;
  for (let attempt = 0; attempt < WORK_CODE_TRIES; attempt++) {
    const code = makeCode();
    // Checked first rather than caught, because a failed statement aborts a PostgreSQL transaction.
    const taken = await trx.selectFrom('work_codes').select('code').where('code', '=', code).executeTakeFirst();
    if (taken) continue;
    await trx.insertInto('work_codes').values({ participant_id: participantId, code, created_at: now }).execute();
    return code;
  }
  throw new Error(`No free work code after ${WORK_CODE_TRIES} tries`);
}

/** Uploads, work codes and student logins: what the store keeps about students working at home. */
export function createMoodboardStudentQueries({ db, clock }: StoreContext): StudentQueries {
  return {
    async createUpload({ now, ...input }) {
      const row = {
        id: input.id,
        participant_id: input.participantId,
        board_id: input.boardId,
        mime: input.mime,
        width: input.width,
        height: input.height,
        bytes: input.bytes,
        created_at: now,
      };
      await db.insertInto('uploads').values(row).execute();
      return toUpload(row);
    },

    async findUpload(id) {
      const row = await db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUpload(row) : null;
    },

    async uploadedBytes(participantId) {
      const row = await db
        .selectFrom('uploads')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('bytes'), eb.lit(0)).as('total'))
        .where('participant_id', '=', participantId)
        .executeTakeFirst();
      return Number(row?.total ?? 0);
    },

    async workCodeFor(participantId, makeCode) {
      const attempt = () => db.transaction().execute((trx) => workCodeInTransaction(trx, participantId, makeCode, clock()));
      try {
        return await attempt();
      } catch (error) {
        // A concurrent first call for the same participant won; the retry reads its code.
        if (isUniqueViolation(error)) return attempt();
        throw error;
      }
    },

    replaceWorkCode: (participantId, makeCode) =>
      db.transaction().execute(async (trx) => {
        // The old code stops working at once, and so does every login made with it.
        await trx.deleteFrom('student_logins').where('participant_id', '=', participantId).execute();
        await trx.deleteFrom('work_codes').where('participant_id', '=', participantId).execute();
        return workCodeInTransaction(trx, participantId, makeCode, clock());
      }),

    async findParticipantByWorkCode(code) {
      const row = await db
        .selectFrom('work_codes')
        .innerJoin('participants', 'participants.id', 'work_codes.participant_id')
        .selectAll('participants')
        .where('work_codes.code', '=', code)
        .executeTakeFirst();
      return row ? toParticipant(row) : null;
    },

    async createStudentLogin({ tokenHash, participantId, expiresAt }) {
      const row = { token_hash: tokenHash, participant_id: participantId, created_at: clock(), expires_at: expiresAt };
      await db.insertInto('student_logins').values(row).execute();
      return toStudentLogin(row);
    },

    async findStudentLogin(tokenHash, now) {
      const row = await db
        .selectFrom('student_logins')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row ? toStudentLogin(row) : null;
    },

    async deleteStudentLogin(tokenHash) {
      const result = await db.deleteFrom('student_logins').where('token_hash', '=', tokenHash).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

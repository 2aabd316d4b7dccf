import type { Kysely, Selectable } from 'kysely';
import { inChunks } from './chunks.ts';
import type { StoreContext } from './context.ts';
import { isUniqueViolation, StoreConflictError, withConflictBackstop } from './errors.ts';
import type { Database, ParticipantsTable } from './schema.ts';
import type { NewParticipant, Participant, ParticipantStore } from './types.ts';

export const toParticipant = (row: Selectable<ParticipantsTable>): Participant => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  nameKey: row.name_key,
  joinedAt: row.joined_at,
  removedAt: row.removed_at,
});

const newRow = ({ id, sessionId, name, nameKey, resumeTokenHash }: NewParticipant, joinedAt: number) => ({
  id,
  session_id: sessionId,
  name,
  name_key: nameKey,
  resume_token_hash: resumeTokenHash,
  joined_at: joinedAt,
  removed_at: null,
});

function namesBySession(inputs: readonly NewParticipant[]): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const input of inputs) names.set(input.sessionId, (names.get(input.sessionId) ?? new Set()).add(input.nameKey));
  return new Map([...names].map(([sessionId, keys]) => [sessionId, [...keys]]));
}

/** True when a participant of the session, other than `exceptId` and not removed, has this name key. */
async function nameTaken(db: Kysely<Database>, sessionId: string, nameKey: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom('participants')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('name_key', '=', nameKey)
    .where('removed_at', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** True when another active participant holds the name of the removed participant `id`. */
async function readmitBlocked(db: Kysely<Database>, sessionId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('participants')
    .select('name_key')
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined && (await nameTaken(db, sessionId, row.name_key, id));
}

/** Participants of live sessions, as portable Kysely queries (contracts on ParticipantStore). */
export function createParticipantQueries({ db, clock }: StoreContext): ParticipantStore {
  const findParticipant = async (sessionId: string, participantId: string): Promise<Participant | null> => {
    const row = await db
      .selectFrom('participants')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('id', '=', participantId)
      .executeTakeFirst();
    return row ? toParticipant(row) : null;
  };

  // A few statements per batch: the names and tokens taken among the batch's, then one insert of the newcomers.
  const addBatch = (inputs: readonly NewParticipant[], joinedAt: number) =>
    db.transaction().execute(async (trx) => {
      const taken = new Set<string>();
      for (const [sessionId, keys] of namesBySession(inputs)) {
        for (const part of inChunks(keys)) {
          const rows = await trx
            .selectFrom('participants')
            .select('name_key')
            .where('session_id', '=', sessionId)
            .where('name_key', 'in', part)
            .where('removed_at', 'is', null)
            .execute();
          for (const row of rows) taken.add(`${sessionId}\u0000${row.name_key}`);
        }
      }
      const tokens = new Set<string>();
      for (const part of inChunks(inputs.map((input) => input.resumeTokenHash))) {
        const rows = await trx.selectFrom('participants').select('resume_token_hash').where('resume_token_hash', 'in', part).execute();
        for (const row of rows) tokens.add(row.resume_token_hash);
      }
      const rows: ReturnType<typeof newRow>[] = [];
      const outcomes = inputs.map((input): Participant | { refused: 'name_taken' | 'token_known' } => {
        if (tokens.has(input.resumeTokenHash)) return { refused: 'token_known' };
        const key = `${input.sessionId}\u0000${input.nameKey}`;
        if (taken.has(key)) return { refused: 'name_taken' };
        taken.add(key);
        tokens.add(input.resumeTokenHash);
        const row = newRow(input, joinedAt);
        rows.push(row);
        return toParticipant(row);
      });
      for (const part of inChunks(rows)) await trx.insertInto('participants').values(part).execute();
      return outcomes;
    });

  return {
    async addParticipant(input) {
      const row = newRow(input, clock());
      const { sessionId, nameKey } = input;
      await withConflictBackstop(
        'name_taken',
        () =>
          db.transaction().execute(async (trx) => {
            if (await nameTaken(trx, sessionId, nameKey)) throw new StoreConflictError('name_taken');
            await trx.insertInto('participants').values(row).execute();
          }),
        () => nameTaken(db, sessionId, nameKey),
      );
      return toParticipant(row);
    },

    async addParticipants(inputs) {
      if (inputs.length === 0) return [];
      const joinedAt = clock();
      try {
        return await addBatch(inputs, joinedAt);
      } catch (error) {
        // Another node took a name in the same moment (PostgreSQL): run again, now that one is refused.
        if (!isUniqueViolation(error)) throw error;
        return addBatch(inputs, joinedAt);
      }
    },

    async findParticipantByResumeToken(tokenHash) {
      const row = await db.selectFrom('participants').selectAll().where('resume_token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toParticipant(row) : null;
    },

    findParticipant,

    async findParticipantById(participantId) {
      const row = await db.selectFrom('participants').selectAll().where('id', '=', participantId).executeTakeFirst();
      return row ? toParticipant(row) : null;
    },

    async listParticipants(sessionId, options = {}) {
      let query = db.selectFrom('participants').selectAll().where('session_id', '=', sessionId);
      if (!options.includeRemoved) query = query.where('removed_at', 'is', null);
      if (options.ids) {
        if (options.ids.length === 0) return [];
        query = query.where('id', 'in', options.ids);
      }
      const rows = await query.orderBy('joined_at').orderBy('id').execute();
      return rows.map(toParticipant);
    },

    async renameParticipant(sessionId, id, name, nameKey) {
      const row = await withConflictBackstop(
        'name_taken',
        () =>
          db.transaction().execute(async (trx) => {
            const current = await trx
              .selectFrom('participants')
              .select('id')
              .where('session_id', '=', sessionId)
              .where('id', '=', id)
              .where('removed_at', 'is', null)
              .executeTakeFirst();
            if (!current) return undefined;
            if (await nameTaken(trx, sessionId, nameKey, id)) throw new StoreConflictError('name_taken');
            return trx
              .updateTable('participants')
              .set({ name, name_key: nameKey })
              .where('id', '=', id)
              .returningAll()
              .executeTakeFirstOrThrow();
          }),
        () => nameTaken(db, sessionId, nameKey, id),
      );
      return row ? toParticipant(row) : null;
    },

    async removeParticipant(sessionId, id, now) {
      const result = await db
        .updateTable('participants')
        .set({ removed_at: now })
        .where('session_id', '=', sessionId)
        .where('id', '=', id)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async readmitParticipant(sessionId, id) {
      const row = await withConflictBackstop(
        'name_taken',
        () =>
          db.transaction().execute(async (trx) => {
            const removed = await trx
              .selectFrom('participants')
              .select(['id', 'name_key'])
              .where('session_id', '=', sessionId)
              .where('id', '=', id)
              .where('removed_at', 'is not', null)
              .executeTakeFirst();
            if (!removed) return undefined;
            if (await nameTaken(trx, sessionId, removed.name_key, id)) throw new StoreConflictError('name_taken');
            return trx.updateTable('participants').set({ removed_at: null }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
          }),
        () => readmitBlocked(db, sessionId, id),
      );
      return row ? toParticipant(row) : null;
    },
  };
}

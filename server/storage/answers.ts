import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { isUniqueViolation, StoreConflictError } from './errors.ts';
import type { AnswersTable, Database } from './schema.ts';
import type { Answer, AnswerStore, SaveAnswerInput, SaveAnswerResult } from './types.ts';

const toAnswer = (row: Selectable<AnswersTable>): Answer => ({
  id: row.id,
  sessionId: row.session_id,
  participantId: row.participant_id,
  itemId: row.item_id,
  clientAnswerId: row.client_answer_id,
  value: JSON.parse(row.value_json),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function serialiseValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('An answer value must be JSON-serialisable');
  return json;
}

/** One saveAnswer attempt; must run inside a transaction. */
async function saveInTransaction(trx: Kysely<Database>, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  const { sessionId, participantId, itemId, clientAnswerId, now } = input;
  const valueJson = serialiseValue(input.value);
  // One statement, so one snapshot: looked up apart, a racing save that commits in between
  // (PostgreSQL reads each statement afresh) is missed as a duplicate and then found as an earlier answer.
  const rows = await trx
    .selectFrom('answers')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('participant_id', '=', participantId)
    .where((eb) => eb.or([eb('client_answer_id', '=', clientAnswerId), eb('item_id', '=', itemId)]))
    .execute();

  const same = rows.find((row) => row.client_answer_id === clientAnswerId);
  if (same) return { answer: toAnswer(same), duplicate: true };

  const earlier = rows.find((row) => row.item_id === itemId);
  if (earlier) {
    if (!input.replace) throw new StoreConflictError('already_answered');
    // The newest client id takes over, so a retry of the replacing submission is seen as a duplicate.
    const updated = await trx
      .updateTable('answers')
      .set({ value_json: valueJson, client_answer_id: clientAnswerId, updated_at: now })
      .where('id', '=', earlier.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { answer: toAnswer(updated), duplicate: false };
  }

  const row = {
    id: randomUUID(),
    session_id: sessionId,
    participant_id: participantId,
    item_id: itemId,
    client_answer_id: clientAnswerId,
    value_json: valueJson,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('answers').values(row).execute();
  return { answer: toAnswer(row), duplicate: false };
}

/** Students' answers, as portable Kysely queries (contracts on AnswerStore). */
export function createAnswerQueries({ db }: StoreContext): AnswerStore {
  return {
    async saveAnswer(input) {
      const attempt = () => db.transaction().execute((trx) => saveInTransaction(trx, input));
      try {
        return await attempt();
      } catch (error) {
        // Where concurrent transactions are not serialised (PostgreSQL), the loser of a race hits a
        // unique constraint; run again, it now sees the winner's row and answers accordingly.
        if (isUniqueViolation(error)) return attempt();
        throw error;
      }
    },

    async listAnswers(sessionId, itemId) {
      let query = db.selectFrom('answers').selectAll().where('session_id', '=', sessionId);
      if (itemId !== undefined) query = query.where('item_id', '=', itemId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toAnswer);
    },

    async answersByParticipant(sessionId, participantId) {
      const rows = await db
        .selectFrom('answers')
        .selectAll()
        .where('session_id', '=', sessionId)
        .where('participant_id', '=', participantId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toAnswer);
    },
  };
}

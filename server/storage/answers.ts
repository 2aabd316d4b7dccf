import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from './context.ts';
import { isUniqueViolation, StoreConflictError } from './errors.ts';
import type { AnswersTable, Database } from './schema.ts';
import type { Answer, AnswerStore, SaveAnswerInput, SaveAnswerOutcome } from './types.ts';

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

/** One answer, by the rules of saveAnswer; must run inside a transaction. */
async function saveInTransaction(trx: Kysely<Database>, input: SaveAnswerInput, valueJson: string): Promise<SaveAnswerOutcome> {
  const { sessionId, participantId, itemId, clientAnswerId, now } = input;
  // One statement, so one snapshot: looked up apart, a racing save that commits in between
  // (PostgreSQL reads each statement afresh) is missed as a duplicate and then found as an earlier answer.
  const mine = await trx
    .selectFrom('answers')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('participant_id', '=', participantId)
    .where((eb) => eb.or([eb('client_answer_id', '=', clientAnswerId), eb('item_id', '=', itemId)]))
    .execute();
  const same = mine.find((row) => row.client_answer_id === clientAnswerId);
  if (same) return { answer: toAnswer(same), duplicate: true };

  const earlier = mine.find((row) => row.item_id === itemId);
  if (earlier) {
    if (!input.replace) return { refused: 'already_answered' };
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

/** The batch in one transaction; a removed participant's answers are refused. */
async function saveBatch(
  db: Kysely<Database>,
  inputs: readonly SaveAnswerInput[],
  values: readonly string[],
): Promise<SaveAnswerOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const outcomes: SaveAnswerOutcome[] = [];
    const removed = new Map<string, boolean>();
    for (const [index, input] of inputs.entries()) {
      const key = `${input.sessionId}\u0000${input.participantId}`;
      if (!removed.has(key)) {
        const participant = await trx
          .selectFrom('participants')
          .select('removed_at')
          .where('session_id', '=', input.sessionId)
          .where('id', '=', input.participantId)
          .executeTakeFirst();
        removed.set(key, participant?.removed_at != null);
      }
      outcomes.push(removed.get(key) ? { refused: 'participant_removed' } : await saveInTransaction(trx, input, values[index] ?? ''));
    }
    return outcomes;
  });
}

/** Students' answers, as portable Kysely queries (contracts on AnswerStore). */
export function createAnswerQueries({ db }: StoreContext): AnswerStore {
  return {
    async saveAnswer(input) {
      const valueJson = serialiseValue(input.value);
      const attempt = () => db.transaction().execute((trx) => saveInTransaction(trx, input, valueJson));
      let outcome: SaveAnswerOutcome;
      try {
        outcome = await attempt();
      } catch (error) {
        // Where concurrent transactions are not serialised (PostgreSQL), the loser of a race hits a
        // unique constraint; run again, it now sees the winner's row and answers accordingly.
        if (!isUniqueViolation(error)) throw error;
        outcome = await attempt();
      }
      if ('refused' in outcome) throw new StoreConflictError('already_answered');
      return outcome;
    },

    async saveAnswers(inputs) {
      if (inputs.length === 0) return [];
      const values = inputs.map((input) => serialiseValue(input.value));
      try {
        return await saveBatch(db, inputs, values);
      } catch (error) {
        // A race with another node on PostgreSQL aborts the whole batch: run it again, it now sees the
        // rows of the winner. Anything else (a foreign key, say) fails the batch as it would one answer.
        if (!isUniqueViolation(error)) throw error;
        return saveBatch(db, inputs, values);
      }
    },

    async listAnswers(sessionId, itemId, options = {}) {
      let query = db.selectFrom('answers').selectAll('answers').where('answers.session_id', '=', sessionId);
      if (itemId !== undefined) query = query.where('answers.item_id', '=', itemId);
      if (options.activeOnly) {
        query = query
          .innerJoin('participants', (join) =>
            join.onRef('participants.session_id', '=', 'answers.session_id').onRef('participants.id', '=', 'answers.participant_id'),
          )
          .where('participants.removed_at', 'is', null);
      }
      const rows = await query.orderBy('answers.created_at').orderBy('answers.id').execute();
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

import type { Kysely } from 'kysely';
import { saveAnswerBatch, toAnswer } from './answer-batch.ts';
import type { StoreContext } from './context.ts';
import { isUniqueViolation, StoreConflictError } from './errors.ts';
import type { Database } from './schema.ts';
import type { AnswerStore, SaveAnswerInput, SaveAnswerOutcome } from './types.ts';

function serialiseValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('An answer value must be JSON-serialisable');
  return json;
}

/** The batch in one transaction; see saveAnswerBatch. */
const saveBatch = (db: Kysely<Database>, inputs: readonly SaveAnswerInput[], values: readonly string[], refuseRemoved: boolean) =>
  db.transaction().execute((trx) => saveAnswerBatch(trx, inputs, values, refuseRemoved));

/** Runs the batch; a race with another node on PostgreSQL aborts it, and it runs again seeing the winner's rows. */
async function saveWithRetry(
  db: Kysely<Database>,
  inputs: readonly SaveAnswerInput[],
  refuseRemoved: boolean,
): Promise<SaveAnswerOutcome[]> {
  if (inputs.length === 0) return [];
  const values = inputs.map((input) => serialiseValue(input.value));
  try {
    return await saveBatch(db, inputs, values, refuseRemoved);
  } catch (error) {
    // Anything else (a foreign key, say) fails the batch as it would one answer.
    if (!isUniqueViolation(error)) throw error;
    return saveBatch(db, inputs, values, refuseRemoved);
  }
}

/** Students' answers, as portable Kysely queries (contracts on AnswerStore). */
export function createAnswerQueries({ db }: StoreContext): AnswerStore {
  return {
    async saveAnswer(input) {
      const [outcome] = await saveWithRetry(db, [input], false);
      if (!outcome || 'refused' in outcome) throw new StoreConflictError('already_answered');
      return outcome;
    },

    saveAnswers: (inputs) => saveWithRetry(db, inputs, true),

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

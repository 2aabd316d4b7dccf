import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { inChunks } from './chunks.ts';
import type { AnswersTable, Database, ReplacedClientAnswersTable } from './schema.ts';
import type { Answer, SaveAnswerInput, SaveAnswerOutcome } from './types.ts';

type AnswerRow = Selectable<AnswersTable>;
type ReplacedRow = Selectable<ReplacedClientAnswersTable>;

export const toAnswer = (row: AnswerRow): Answer => ({
  id: row.id,
  sessionId: row.session_id,
  participantId: row.participant_id,
  itemId: row.item_id,
  clientAnswerId: row.client_answer_id,
  value: JSON.parse(row.value_json),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const pairKey = (sessionId: string, participantId: string) => `${sessionId}\u0000${participantId}`;
const replacedKey = (pair: string, clientAnswerId: string) => `${pair}\u0000${clientAnswerId}`;

/**
 * What the batch may meet: each participant's stored answers to the batch's items or with its
 * client ids, the client ids that answers had before they were replaced, and who was removed.
 */
async function readBefore(trx: Kysely<Database>, inputs: readonly SaveAnswerInput[]) {
  const stored = new Map<string, AnswerRow[]>();
  const removed = new Set<string>();
  /** Answer ids by a client answer id they had before a replace, keyed by `replacedKey`. */
  const replaced = new Map<string, string>();
  const sessions = new Map<string, SaveAnswerInput[]>();
  for (const input of inputs) sessions.set(input.sessionId, [...(sessions.get(input.sessionId) ?? []), input]);
  for (const [sessionId, ofSession] of sessions) {
    for (const batch of inChunks(ofSession)) {
      const participantIds = [...new Set(batch.map((input) => input.participantId))];
      const itemIds = [...new Set(batch.map((input) => input.itemId))];
      const clientIds = batch.map((input) => input.clientAnswerId);
      const [people, rows, before] = await Promise.all([
        trx
          .selectFrom('participants')
          .select(['id', 'removed_at'])
          .where('session_id', '=', sessionId)
          .where('id', 'in', participantIds)
          .execute(),
        trx
          .selectFrom('answers')
          .selectAll()
          .where('session_id', '=', sessionId)
          .where('participant_id', 'in', participantIds)
          .where((eb) => eb.or([eb('item_id', 'in', itemIds), eb('client_answer_id', 'in', clientIds)]))
          .execute(),
        trx
          .selectFrom('replaced_client_answers')
          .selectAll()
          .where('session_id', '=', sessionId)
          .where('participant_id', 'in', participantIds)
          .where('client_answer_id', 'in', clientIds)
          .execute(),
      ]);
      for (const person of people) if (person.removed_at !== null) removed.add(pairKey(sessionId, person.id));
      for (const row of rows)
        stored.set(pairKey(sessionId, row.participant_id), [...(stored.get(pairKey(sessionId, row.participant_id)) ?? []), row]);
      for (const row of before) replaced.set(replacedKey(pairKey(sessionId, row.participant_id), row.client_answer_id), row.answer_id);
    }
  }
  return { stored, removed, replaced };
}

/**
 * Stores a batch of answers inside `trx` by the rules of AnswerStore.saveAnswer, in order (a later
 * answer sees an earlier one of the batch), with a few statements for the whole batch: one read of
 * what is stored, one insert of the new rows, an update per replaced answer (whose earlier client
 * id is kept, so that its late retry never overwrites the newer answer). With `refuseRemoved`,
 * a removed participant's answers are refused. `values` are the answers' values, serialised.
 */
export async function saveAnswerBatch(
  trx: Kysely<Database>,
  inputs: readonly SaveAnswerInput[],
  values: readonly string[],
  refuseRemoved: boolean,
): Promise<SaveAnswerOutcome[]> {
  const { stored, removed, replaced } = await readBefore(trx, inputs);
  const inserts: AnswerRow[] = [];
  const updates = new Map<string, AnswerRow>();
  const superseded: ReplacedRow[] = [];
  const outcomes = inputs.map((input, index): SaveAnswerOutcome => {
    const key = pairKey(input.sessionId, input.participantId);
    if (refuseRemoved && removed.has(key)) return { refused: 'participant_removed' };
    const mine = stored.get(key) ?? [];
    // A retry of this submission, or of one that a newer submission replaced since: stored, nothing changes.
    const replacedBy = replaced.get(replacedKey(key, input.clientAnswerId));
    const same = mine.find((row) => row.client_answer_id === input.clientAnswerId || row.id === replacedBy);
    if (same) return { answer: toAnswer(same), duplicate: true };
    const valueJson = values[index] ?? '';
    const earlier = mine.find((row) => row.item_id === input.itemId);
    if (earlier) {
      if (!input.replace) return { refused: 'already_answered' };
      // The newest client id takes over; the one it replaces is kept, so a late retry of it is a duplicate too.
      superseded.push({
        session_id: input.sessionId,
        participant_id: input.participantId,
        client_answer_id: earlier.client_answer_id,
        answer_id: earlier.id,
      });
      replaced.set(replacedKey(key, earlier.client_answer_id), earlier.id);
      Object.assign(earlier, { value_json: valueJson, client_answer_id: input.clientAnswerId, updated_at: input.now });
      if (!inserts.includes(earlier)) updates.set(earlier.id, earlier);
      return { answer: toAnswer(earlier), duplicate: false };
    }
    const row: AnswerRow = {
      id: randomUUID(),
      session_id: input.sessionId,
      participant_id: input.participantId,
      item_id: input.itemId,
      client_answer_id: input.clientAnswerId,
      value_json: valueJson,
      created_at: input.now,
      updated_at: input.now,
    };
    inserts.push(row);
    stored.set(key, [...mine, row]);
    return { answer: toAnswer(row), duplicate: false };
  });
  for (const rows of inChunks(inserts)) await trx.insertInto('answers').values(rows).execute();
  for (const row of updates.values()) {
    await trx
      .updateTable('answers')
      .set({ value_json: row.value_json, client_answer_id: row.client_answer_id, updated_at: row.updated_at })
      .where('id', '=', row.id)
      .execute();
  }
  for (const rows of inChunks(superseded)) {
    await trx
      .insertInto('replaced_client_answers')
      .values(rows)
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
  return outcomes;
}

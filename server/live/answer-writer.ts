import type { SaveAnswerInput, SaveAnswerOutcome, Store } from '../storage/index.ts';

const MAX_BATCH = 500;

/**
 * Group commit for answers: those that arrive while a batch is being written wait for the next one,
 * and each batch is one transaction with one disk sync. `save` resolves once its batch is durable,
 * so an ack still means stored.
 */
export function createAnswerWriter(store: Pick<Store, 'saveAnswers'>) {
  let queue: { input: SaveAnswerInput; resolve: (outcome: SaveAnswerOutcome) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  async function write(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        const outcomes = await store.saveAnswers(batch.map((entry) => entry.input));
        batch.forEach((entry, index) => entry.resolve(outcomes[index] as SaveAnswerOutcome));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    writing = false;
  }

  return {
    save(input: SaveAnswerInput): Promise<SaveAnswerOutcome> {
      return new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        // The first answer waits one turn of the event loop, so those already received join its batch.
        if (!writing && queue.length === 1) setImmediate(() => void write());
      });
    },
  };
}
export type AnswerWriter = ReturnType<typeof createAnswerWriter>;

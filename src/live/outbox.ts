import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandPayload } from '../shared/protocol/commands.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import {
  addEntry,
  classifyAck,
  dismissRefusal,
  newClientAnswerId,
  parseOutbox,
  serialiseOutbox,
  settleEntry,
  type OutboxEntry,
  type OutboxState,
  type SendOutcome,
} from './outbox-state.ts';
import type { KeyValueStorage } from './storage.ts';

/** Sends one answer and resolves with the server's ack; may reject when the connection fails. */
export type SendAnswer = (payload: CommandPayload<'answer:submit'>) => Promise<Ack<unknown>>;

/** What one flush did. `stoppedBy` is the retry code that ended it early; the rest waits for the next flush. */
export interface FlushReport {
  delivered: number;
  refused: number;
  stoppedBy: string | null;
}

export interface OutboxOptions {
  storage: KeyValueStorage;
  /** Storage key; one per session and participant (see `outboxKey`). */
  key: string;
  now?: () => number;
  newId?: () => string;
  /** After every change of the outbox, with the new state. */
  onChange?: (state: OutboxState) => void;
  /** After each send attempt, with its entry and what it meant; called before the outbox changes. */
  onSettled?: (entry: OutboxEntry, outcome: SendOutcome) => void;
}

/** A device-kept queue of answers that survives reloads and lost connections. */
export interface Outbox {
  state(): OutboxState;
  /** Stores a new answer on the device (before anything is sent) and returns its entry. */
  enqueue(answer: { itemId: string; value: AnswerValue }): OutboxEntry;
  /**
   * Sends pending entries one at a time, oldest first, until the outbox is empty or a send needs
   * a retry. While a flush runs, another call joins it (with its newer `send` for a next pass), so
   * no entry is ever in flight twice from this outbox.
   */
  flush(send: SendAnswer): Promise<FlushReport>;
  dismiss(itemId: string): void;
}

/** The storage key of the outbox of one participant in one session. */
export const outboxKey = (session: string, participantId: string): string => `live:outbox:${session}:${participantId}`;

export function createOutbox(options: OutboxOptions): Outbox {
  const { storage, key, now = Date.now, newId = () => newClientAnswerId() } = options;
  let state = parseOutbox(storage.getItem(key));
  let running: Promise<FlushReport> | null = null;
  let nextSend: SendAnswer | null = null;

  const update = (next: OutboxState): void => {
    if (next === state) return;
    state = next;
    storage.setItem(key, serialiseOutbox(state));
    options.onChange?.(state);
  };

  const attempt = async (send: SendAnswer, entry: OutboxEntry): Promise<SendOutcome> => {
    try {
      return classifyAck(await send({ itemId: entry.itemId, clientAnswerId: entry.clientAnswerId, value: entry.value }));
    } catch {
      return { type: 'retry', code: 'disconnected' };
    }
  };

  const drain = async (first: SendAnswer): Promise<FlushReport> => {
    const report: FlushReport = { delivered: 0, refused: 0, stoppedBy: null };
    let send: SendAnswer | null = first;
    while (send) {
      nextSend = null;
      report.stoppedBy = null;
      const tried = new Set<string>();
      for (let entry = state.pending[0]; entry && !tried.has(entry.clientAnswerId); entry = state.pending[0]) {
        tried.add(entry.clientAnswerId);
        const outcome = await attempt(send, entry);
        // Listeners hear of the outcome before the entry leaves, so nothing sees it vanish unconfirmed.
        options.onSettled?.(entry, outcome);
        update(settleEntry(state, entry.clientAnswerId, outcome));
        if (outcome.type === 'retry') {
          report.stoppedBy = outcome.code;
          break;
        }
        report[outcome.type] += 1;
      }
      send = nextSend;
    }
    return report;
  };

  return {
    state: () => state,
    enqueue({ itemId, value }) {
      const entry: OutboxEntry = { clientAnswerId: newId(), itemId, value, createdAt: now() };
      update(addEntry(state, entry));
      return entry;
    },
    flush(send) {
      if (running) {
        nextSend = send;
        return running;
      }
      running = drain(send).finally(() => {
        running = null;
      });
      return running;
    },
    dismiss(itemId) {
      update(dismissRefusal(state, itemId));
    },
  };
}

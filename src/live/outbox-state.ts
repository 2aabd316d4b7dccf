import type { Ack } from '../shared/protocol/ack.ts';
import type { ErrorParams } from '../shared/protocol/errors.ts';
import { CLIENT_ANSWER_ID_PATTERN } from '../shared/protocol/version.ts';
import type { AnswerValue } from '../shared/session/answers.ts';

/** An answer made on this device and not yet confirmed by the server. */
export interface OutboxEntry {
  clientAnswerId: string;
  itemId: string;
  value: AnswerValue;
  /** Local time it was made. */
  createdAt: number;
}

/** An answer the server turned down for good, with its coded reason (worded when shown). */
export interface RefusedEntry extends OutboxEntry {
  code: string;
  params?: ErrorParams;
}

/** Answers waiting to go (oldest first) and the latest refusal per item. */
export interface OutboxState {
  pending: OutboxEntry[];
  refused: RefusedEntry[];
}

/** What one send attempt means for its entry. */
export type SendOutcome =
  | { type: 'delivered'; answerId: string | null; duplicate: boolean }
  | { type: 'refused'; code: string; params?: ErrorParams }
  | { type: 'retry'; code: string };

/**
 * Error codes after which the same answer may still get through later: the network or the server
 * had a problem, not the answer. Every other refusal is final.
 */
export const RETRY_CODES: ReadonlySet<string> = new Set(['offline', 'timeout', 'disconnected', 'rate_limited', 'server_error']);

export const emptyOutbox: OutboxState = { pending: [], refused: [] };

/** A new client answer id: 128 random bits, base64url, as the server's `clientAnswerId` accepts. */
export function newClientAnswerId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = random(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Queues an entry last; a new attempt at an item clears that item's refusal. */
export function addEntry(state: OutboxState, entry: OutboxEntry): OutboxState {
  return { pending: [...state.pending, entry], refused: state.refused.filter((refusal) => refusal.itemId !== entry.itemId) };
}

/** What an ack (or a failed send) means for the entry it answered. */
export function classifyAck(ack: Ack<unknown>): SendOutcome {
  if (ack.ok) {
    const data: unknown = ack.data;
    const answerId = data && typeof data === 'object' && 'answerId' in data && typeof data.answerId === 'string' ? data.answerId : null;
    const duplicate = Boolean(data && typeof data === 'object' && 'duplicate' in data && data.duplicate === true);
    return { type: 'delivered', answerId, duplicate };
  }
  if (RETRY_CODES.has(ack.error.code)) return { type: 'retry', code: ack.error.code };
  return ack.error.params ? { type: 'refused', code: ack.error.code, params: ack.error.params } : { type: 'refused', code: ack.error.code };
}

/**
 * Applies the outcome of sending one entry: delivered entries leave the outbox, refused ones move
 * to `refused`, retries stay where they are. Entries go out in order, so whatever refusal the item
 * still has is older than this outcome and gives way to it.
 */
export function settleEntry(state: OutboxState, id: string, outcome: SendOutcome): OutboxState {
  const entry = state.pending.find((candidate) => candidate.clientAnswerId === id);
  if (!entry || outcome.type === 'retry') return state;
  const pending = state.pending.filter((candidate) => candidate !== entry);
  const refused = state.refused.filter((refusal) => refusal.itemId !== entry.itemId);
  if (outcome.type === 'delivered') return { pending, refused };
  return {
    pending,
    refused: [...refused, outcome.params ? { ...entry, code: outcome.code, params: outcome.params } : { ...entry, code: outcome.code }],
  };
}

/** Forgets the refusal of an item once the student has seen it. */
export const dismissRefusal = (state: OutboxState, itemId: string): OutboxState => ({
  pending: state.pending,
  refused: state.refused.filter((refusal) => refusal.itemId !== itemId),
});

// Plain checks rather than zod (or the widget kinds' rules), which phones would otherwise load for
// this alone. The device wrote the outbox itself; the checks only drop what an older version left,
// and each widget reads only a value of its own kind. The server checks every answer again when it
// arrives.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isPlain = (value: unknown): boolean => ['string', 'number', 'boolean'].includes(typeof value);
const isField = (value: unknown): boolean =>
  isPlain(value) || (Array.isArray(value) && value.every((entry) => isPlain(entry) || (isRecord(entry) && Object.values(entry).every(isPlain))));

/** A value of some kind: `kind` and fields of plain values, lists of them, or lists of small records of them. */
const isAnswerValue = (value: unknown): value is AnswerValue =>
  isRecord(value) && typeof value.kind === 'string' && value.kind.length <= 40 && Object.values(value).every(isField);

function isEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    typeof value.clientAnswerId === 'string' &&
    CLIENT_ANSWER_ID_PATTERN.test(value.clientAnswerId) &&
    typeof value.itemId === 'string' &&
    value.itemId.length > 0 &&
    value.itemId.length <= 64 &&
    isAnswerValue(value.value) &&
    typeof value.createdAt === 'number'
  );
}

function isRefused(value: unknown): value is RefusedEntry {
  if (!isEntry(value)) return false;
  const { code, params } = value as unknown as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    code.length <= 64 &&
    (params === undefined || (isRecord(params) && Object.values(params).every((param) => typeof param === 'string' || typeof param === 'number')))
  );
}

export const serialiseOutbox = (state: OutboxState): string => JSON.stringify(state);

/** The outbox as stored on the device; empty when nothing or something unreadable is stored. */
export function parseOutbox(raw: string | null): OutboxState {
  if (!raw) return emptyOutbox;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || !Array.isArray(parsed.pending) || !Array.isArray(parsed.refused)) return emptyOutbox;
    const { pending, refused } = parsed;
    return pending.every(isEntry) && refused.every(isRefused) ? { pending, refused } : emptyOutbox;
  } catch {
    return emptyOutbox;
  }
}

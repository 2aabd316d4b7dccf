import type { ErrorParams, LiveErrorCode, Refusal } from './errors.ts';

/** Every command is acknowledged with data or a coded refusal the client words for its reader. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: Refusal };

export type AckCallback<T> = (ack: Ack<T>) => void;

export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
export const failure = (code: LiveErrorCode, params?: ErrorParams): Ack<never> => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** Every command is acknowledged with data or a coded error a person can read. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export type AckCallback<T> = (ack: Ack<T>) => void;

export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
export const failure = (code: string, message: string): Ack<never> => ({ ok: false, error: { code, message } });

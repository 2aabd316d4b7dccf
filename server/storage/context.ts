import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { RevisionedState, StoreOptions } from './types.ts';

/** What the dialect-neutral query modules need: a Kysely instance plus the store's options, resolved. */
export interface StoreContext<TState extends RevisionedState = RevisionedState> {
  db: Kysely<Database>;
  clock: () => number;
  parseState: (json: unknown) => TState;
}

/** Accepts any object with a numeric `revision`; used when the caller gives no `parseState`. */
export function parseRevisionedState<TState extends RevisionedState>(json: unknown): TState {
  if (typeof json !== 'object' || json === null || typeof (json as { revision?: unknown }).revision !== 'number') {
    throw new TypeError('Stored live session state has no numeric revision');
  }
  // Without a caller-supplied parser the store can only vouch for `revision`; the rest is opaque.
  return json as TState;
}

/** Fills in the defaults of StoreOptions. */
export function createStoreContext<TState extends RevisionedState>(
  db: Kysely<Database>,
  options: StoreOptions<TState>,
): StoreContext<TState> {
  return { db, clock: options.clock ?? Date.now, parseState: options.parseState ?? parseRevisionedState };
}

/** Lowercases and trims an email address, the form in which emails are stored and looked up. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

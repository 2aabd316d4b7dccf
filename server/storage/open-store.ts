import type { Kysely } from 'kysely';
import { createAccountQueries } from './accounts.ts';
import { createAnswerQueries } from './answers.ts';
import { createClassQueries } from './classes.ts';
import { createStoreContext } from './context.ts';
import { createLiveSessionQueries } from './live-sessions.ts';
import { runMigrations } from './migrations.ts';
import { createMoodboardQueries } from './moodboards.ts';
import { createParticipantQueries } from './participants.ts';
import type { Database } from './schema.ts';
import type { RevisionedState, Store, StoreOptions } from './types.ts';

/**
 * Runs any pending migrations on `db` (keeping their log in `schema`, where the dialect has
 * schemas) and returns the Store over it; `close()` destroys `db`. Whichever dialect `db` speaks,
 * the store is the same query modules. Fails, with `db` destroyed, if a migration fails.
 */
export async function openStoreOn<TState extends RevisionedState>(
  db: Kysely<Database>,
  options: StoreOptions<TState>,
  schema?: string,
): Promise<Store<TState>> {
  try {
    await runMigrations(db, undefined, { schema });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const context = createStoreContext(db, options);
  return {
    ...createAccountQueries(context),
    ...createLiveSessionQueries(context),
    ...createParticipantQueries(context),
    ...createAnswerQueries(context),
    ...createMoodboardQueries(context),
    ...createClassQueries(context),
    close: () => db.destroy(),
  };
}

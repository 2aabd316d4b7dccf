import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';

/** One schema step. `up` uses only Kysely's schema builder, so it runs on SQLite and PostgreSQL alike. */
export interface StoreMigration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

// Shipped migrations are never edited, reordered or removed: databases in schools have already run
// them and Kysely records them by name. Change the schema by appending the next numbered migration.
export const migrations: readonly StoreMigration[] = [
  {
    name: '001_initial',
    async up(db) {
      await db.schema
        .createTable('teachers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('auth_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_sessions_expires_at').on('auth_sessions').column('expires_at').execute();
      await db.schema.createIndex('auth_sessions_teacher_id').on('auth_sessions').column('teacher_id').execute();

      await db.schema
        .createTable('invites')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('invited_by', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('email', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('used_at', 'bigint')
        .execute();

      await db.schema
        .createTable('live_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('lesson_slug', 'text', (c) => c.notNull())
        .addColumn('state_json', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .execute();
      // Backstop for the check in createLiveSession, for databases (PostgreSQL) where two
      // transactions can both pass that check; codes of ended sessions may be reused.
      await db.schema
        .createIndex('live_sessions_open_code')
        .on('live_sessions')
        .column('code')
        .unique()
        .where(sql.ref('ended_at'), 'is', null)
        .execute();
      await db.schema.createIndex('live_sessions_teacher_created').on('live_sessions').columns(['teacher_id', 'created_at']).execute();

      await db.schema
        .createTable('participants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('resume_token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('joined_at', 'bigint', (c) => c.notNull())
        .addColumn('removed_at', 'bigint')
        // Lets answers reference (session, participant) together, so an answer can never name a
        // participant of another session.
        .addUniqueConstraint('participants_session_participant', ['session_id', 'id'])
        .execute();
      await db.schema
        .createIndex('participants_active_name')
        .on('participants')
        .columns(['session_id', 'name_key'])
        .unique()
        .where(sql.ref('removed_at'), 'is', null)
        .execute();

      await db.schema
        .createTable('answers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id'))
        .addColumn('participant_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('client_answer_id', 'text', (c) => c.notNull())
        .addColumn('value_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addForeignKeyConstraint('answers_participant', ['session_id', 'participant_id'], 'participants', ['session_id', 'id'])
        .addUniqueConstraint('answers_client_answer', ['session_id', 'participant_id', 'client_answer_id'])
        // One answer per participant per item (replace updates it); guarantees it even where
        // concurrent transactions are not serialised.
        .addUniqueConstraint('answers_participant_item', ['session_id', 'participant_id', 'item_id'])
        .execute();
      await db.schema.createIndex('answers_session_item').on('answers').columns(['session_id', 'item_id', 'created_at']).execute();
    },
  },
  {
    name: '002_moodboards',
    async up(db) {
      await db.schema
        .createTable('handouts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id'))
        .addColumn('lesson_slug', 'text', (c) => c.notNull())
        .addColumn('assignment_id', 'text', (c) => c.notNull())
        .addColumn('deadline', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        // Lets boards reference (session, handout) together, like answers do with participants.
        .addUniqueConstraint('handouts_session_handout', ['session_id', 'id'])
        .execute();
      await db.schema.createIndex('handouts_teacher_created').on('handouts').columns(['teacher_id', 'created_at']).execute();

      await db.schema
        .createTable('boards')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('handout_id', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text', (c) => c.notNull())
        .addColumn('doc_json', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        // A board's student always belongs to the session the assignment was handed out in.
        .addForeignKeyConstraint('boards_handout', ['session_id', 'handout_id'], 'handouts', ['session_id', 'id'])
        .addForeignKeyConstraint('boards_participant', ['session_id', 'participant_id'], 'participants', ['session_id', 'id'])
        .addUniqueConstraint('boards_handout_participant', ['handout_id', 'participant_id'])
        .execute();

      await db.schema
        .createTable('board_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('doc_json', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('handed_in_at', 'bigint', (c) => c.notNull())
        .addColumn('late', 'integer', (c) => c.notNull())
        .addUniqueConstraint('board_versions_board_number', ['board_id', 'number'])
        .execute();

      await db.schema
        .createTable('feedback')
        .addColumn('board_id', 'text', (c) => c.primaryKey().references('boards.id'))
        .addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('grade', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('uploads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
        .addColumn('board_id', 'text', (c) => c.notNull().references('boards.id'))
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('uploads_participant').on('uploads').column('participant_id').execute();

      await db.schema
        .createTable('work_codes')
        .addColumn('participant_id', 'text', (c) => c.primaryKey().references('participants.id'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('student_logins')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('student_logins_expires_at').on('student_logins').column('expires_at').execute();
    },
  },
  {
    name: '003_classes',
    async up(db) {
      // A class reuses everything that hangs off participants (boards, work codes, logins) by
      // owning a live session that is never live; this table marks which sessions those are.
      await db.schema
        .createTable('classes')
        .addColumn('session_id', 'text', (c) => c.primaryKey().references('live_sessions.id'))
        .addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('classes_teacher_created').on('classes').columns(['teacher_id', 'created_at']).execute();
    },
  },
  {
    name: '004_replaced_client_answers',
    async up(db) {
      // The client answer ids an answer had before it was replaced: a late retry of one of them is
      // that old submission again, acknowledged as stored, and never overwrites the newer answer.
      await db.schema
        .createTable('replaced_client_answers')
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text', (c) => c.notNull())
        .addColumn('client_answer_id', 'text', (c) => c.notNull())
        .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id'))
        .addPrimaryKeyConstraint('replaced_client_answers_pk', ['session_id', 'participant_id', 'client_answer_id'])
        .execute();
    },
  },
  {
    name: '005_known_devices',
    async up(db) {
      // Browsers that logged in to an account before (OWASP "device cookies"): someone else's wrong
      // tries from the same school network do not lock them out. Only the token's hash is kept.
      await db.schema
        .createTable('known_devices')
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('known_devices_pk', ['token_hash', 'account'])
        .execute();
      await db.schema.createIndex('known_devices_expires_at').on('known_devices').column('expires_at').execute();
    },
  },
];

/**
 * Brings the database up to the latest migration, running only the ones it has not run yet (Kysely
 * records them in `kysely_migration`). Returns the names it ran; throws if any migration fails.
 * On PostgreSQL pass the `schema` the tables live in: Kysely looks for its own tables in every
 * schema it can see, so without it a log in another schema would count as this one's.
 */
export async function runMigrations<DB>(
  db: Kysely<DB>,
  list: readonly StoreMigration[] = migrations,
  { schema }: { schema?: string } = {},
): Promise<string[]> {
  const provider = {
    getMigrations: async (): Promise<Record<string, Migration>> =>
      Object.fromEntries(list.map((migration) => [migration.name, { up: migration.up }])),
  };
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema: schema }).migrateToLatest();
  if (error !== undefined) {
    throw new Error(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}

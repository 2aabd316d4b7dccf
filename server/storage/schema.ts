/**
 * Table shapes as Kysely sees them. Portable on purpose (SQLite now, PostgreSQL later): JSON is TEXT
 * the store serialises itself, timestamps are integer milliseconds (BIGINT), booleans are 0/1.
 */

export interface TeachersTable {
  id: string;
  /** Always stored lowercased. */
  email: string;
  name: string;
  password_hash: string;
  created_at: number;
}

export interface AuthSessionsTable {
  token_hash: string;
  teacher_id: string;
  created_at: number;
  expires_at: number;
}

export interface InvitesTable {
  token_hash: string;
  invited_by: string;
  email: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface LiveSessionsTable {
  id: string;
  code: string;
  teacher_id: string;
  lesson_slug: string;
  state_json: string;
  revision: number;
  created_at: number;
  ended_at: number | null;
}

export interface ParticipantsTable {
  id: string;
  session_id: string;
  name: string;
  name_key: string;
  resume_token_hash: string;
  joined_at: number;
  removed_at: number | null;
}

export interface AnswersTable {
  id: string;
  session_id: string;
  participant_id: string;
  item_id: string;
  client_answer_id: string;
  value_json: string;
  created_at: number;
  updated_at: number;
}

export interface Database {
  teachers: TeachersTable;
  auth_sessions: AuthSessionsTable;
  invites: InvitesTable;
  live_sessions: LiveSessionsTable;
  participants: ParticipantsTable;
  answers: AnswersTable;
}

/**
 * Table shapes as Kysely sees them, the same on SQLite and PostgreSQL: JSON is TEXT
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

export interface HandoutsTable {
  id: string;
  teacher_id: string;
  session_id: string;
  lesson_slug: string;
  assignment_id: string;
  deadline: number;
  created_at: number;
}

export interface BoardsTable {
  id: string;
  /** The handout's session, so both foreign keys can check the student belongs to it. */
  session_id: string;
  handout_id: string;
  participant_id: string;
  doc_json: string;
  revision: number;
  started_at: number | null;
  updated_at: number;
}

export interface BoardVersionsTable {
  id: string;
  board_id: string;
  number: number;
  doc_json: string;
  revision: number;
  handed_in_at: number;
  late: number;
}

export interface FeedbackTable {
  board_id: string;
  teacher_id: string;
  text: string;
  grade: string | null;
  updated_at: number;
}

export interface UploadsTable {
  id: string;
  participant_id: string;
  board_id: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  created_at: number;
}

export interface WorkCodesTable {
  participant_id: string;
  code: string;
  created_at: number;
}

export interface StudentLoginsTable {
  token_hash: string;
  participant_id: string;
  created_at: number;
  expires_at: number;
}

/** A class: a roster of students, kept as the participants of a live session that never runs. */
export interface ClassesTable {
  /** The backing live session, ended at creation so its code can never be joined. */
  session_id: string;
  teacher_id: string;
  name: string;
  created_at: number;
}

/** A client answer id that an answer had before a newer submission replaced it. */
export interface ReplacedClientAnswersTable {
  session_id: string;
  participant_id: string;
  client_answer_id: string;
  answer_id: string;
}

/** A browser that logged in to an account (`teacher:<id>` or `student:<participant id>`) before. */
export interface KnownDevicesTable {
  token_hash: string;
  account: string;
  created_at: number;
  expires_at: number;
}

export interface Database {
  teachers: TeachersTable;
  auth_sessions: AuthSessionsTable;
  invites: InvitesTable;
  live_sessions: LiveSessionsTable;
  participants: ParticipantsTable;
  answers: AnswersTable;
  handouts: HandoutsTable;
  boards: BoardsTable;
  board_versions: BoardVersionsTable;
  feedback: FeedbackTable;
  uploads: UploadsTable;
  work_codes: WorkCodesTable;
  student_logins: StudentLoginsTable;
  classes: ClassesTable;
  replaced_client_answers: ReplacedClientAnswersTable;
  known_devices: KnownDevicesTable;
}

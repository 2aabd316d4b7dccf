/**
 * The storage interface the server talks to. Implementations: SQLite (`openSqliteStore`) and
 * PostgreSQL (`openPostgresStore`), the same query modules over either. All times are integer milliseconds since the epoch. Writes that would break a
 * uniqueness rule throw `StoreConflictError` (see `errors.ts`); lookups that find nothing return null.
 */

export interface Teacher {
  id: string;
  /** Lowercased. */
  email: string;
  name: string;
  passwordHash: string;
  createdAt: number;
}

export interface AuthSession {
  tokenHash: string;
  teacherId: string;
  createdAt: number;
  expiresAt: number;
}

export interface Invite {
  tokenHash: string;
  invitedBy: string;
  email: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** What the store needs to know about a live session's state; the rest is opaque JSON to it. */
export interface RevisionedState {
  revision: number;
}

export interface LiveSession<TState extends RevisionedState = RevisionedState> {
  id: string;
  code: string;
  teacherId: string;
  lessonSlug: string;
  state: TState;
  /** Always equal to `state.revision`. */
  revision: number;
  createdAt: number;
  endedAt: number | null;
}

/** What addParticipant stores: the caller makes the id, the name key and the token's hash. */
export interface NewParticipant {
  id: string;
  sessionId: string;
  name: string;
  nameKey: string;
  resumeTokenHash: string;
}

/** One optimistic state change of a live session (see saveLiveSessionState). */
export interface LiveSessionUpdate<TState extends RevisionedState = RevisionedState> {
  id: string;
  state: TState;
  expectedRevision: number;
}

export interface Participant {
  id: string;
  sessionId: string;
  name: string;
  nameKey: string;
  joinedAt: number;
  removedAt: number | null;
}

export interface Answer {
  /** Made by the server; stays the same when the answer is replaced. */
  id: string;
  sessionId: string;
  participantId: string;
  itemId: string;
  /** The client's id of the submission that produced the current value. */
  clientAnswerId: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface SaveAnswerInput {
  sessionId: string;
  participantId: string;
  itemId: string;
  clientAnswerId: string;
  /** Any JSON-serialisable value. */
  value: unknown;
  now: number;
  /** Overwrite this participant's earlier answer to the item instead of refusing. */
  replace: boolean;
}

export interface SaveAnswerResult {
  answer: Answer;
  /** True when this clientAnswerId was already stored: nothing was changed. */
  duplicate: boolean;
}

/** The outcome of one answer of a batch: stored (or found stored), or refused by the rules the store keeps. */
export type SaveAnswerOutcome = SaveAnswerResult | { refused: 'already_answered' | 'participant_removed' };

export interface AccountStore {
  countTeachers(): Promise<number>;
  /** Stores a teacher with the email lowercased. Throws StoreConflictError 'email_taken' if that email exists. */
  createTeacher(input: { id: string; email: string; name: string; passwordHash: string }): Promise<Teacher>;
  /** Case-insensitive lookup by email. */
  findTeacherByEmail(email: string): Promise<Teacher | null>;
  findTeacherById(id: string): Promise<Teacher | null>;

  /** Stores a login session; the caller passes a hash of the token, never the token. */
  createAuthSession(input: { tokenHash: string; teacherId: string; expiresAt: number }): Promise<AuthSession>;
  /** The session, or null when unknown or expired (`expiresAt <= now`). */
  findAuthSession(tokenHash: string, now: number): Promise<AuthSession | null>;
  /** Returns whether a session was deleted. */
  deleteAuthSession(tokenHash: string): Promise<boolean>;
  /** Deletes sessions with `expiresAt <= now`; returns how many. */
  deleteExpiredAuthSessions(now: number): Promise<number>;

  /** Stores an invite (email lowercased when given). */
  createInvite(input: { tokenHash: string; invitedBy: string; email?: string | null; expiresAt: number }): Promise<Invite>;
  /**
   * Marks the invite used at `now` in one atomic statement and returns it; null when it is unknown,
   * expired (`expiresAt <= now`) or already used, so two concurrent uses never both succeed.
   */
  useInvite(tokenHash: string, now: number): Promise<Invite | null>;

  /**
   * Records that the browser with this device token (its hash) logged in to `account`, until
   * `expiresAt`; again for a known pair it only moves the expiry. Drops the account's expired ones.
   */
  rememberDevice(input: { tokenHash: string; account: string; expiresAt: number }): Promise<void>;
  /** Whether the device token (its hash) logged in to `account` before and has not expired (`expiresAt > now`). */
  isKnownDevice(tokenHash: string, account: string, now: number): Promise<boolean>;
}

export interface LiveSessionStore<TState extends RevisionedState = RevisionedState> {
  /**
   * Stores a new session at revision `state.revision`. Throws StoreConflictError 'code_taken' when a
   * session that has not ended already uses `code` (codes of ended sessions may be reused).
   */
  createLiveSession(input: {
    id: string;
    code: string;
    teacherId: string;
    lessonSlug: string;
    state: TState;
  }): Promise<LiveSession<TState>>;
  findLiveSessionById(id: string): Promise<LiveSession<TState> | null>;
  /** The session with this exact code that has not ended (callers normalise the code first). */
  findOpenLiveSessionByCode(code: string): Promise<LiveSession<TState> | null>;
  /** All of the teacher's sessions, ended ones included, newest first. */
  listLiveSessionsForTeacher(teacherId: string): Promise<LiveSession<TState>[]>;
  /**
   * Optimistic concurrency: stores `state` only if the stored revision is still `expectedRevision`,
   * and returns whether it did. `state.revision` must be greater than `expectedRevision` (else throws
   * RangeError), so two writers can never both succeed from the same revision.
   */
  saveLiveSessionState(id: string, state: TState, expectedRevision: number): Promise<boolean>;
  /** Several saveLiveSessionState in one transaction (one disk sync); one result per update, in order. */
  saveLiveSessionStates(updates: readonly LiveSessionUpdate<TState>[]): Promise<boolean[]>;
  /** Marks the session ended at `now`; false when it is unknown or had already ended. */
  endLiveSession(id: string, now: number): Promise<boolean>;
}

export interface ParticipantStore {
  /**
   * Adds a participant. `nameKey` is the caller's normalised name (case, accents, spacing); throws
   * StoreConflictError 'name_taken' when a participant of the session that was not removed has it.
   */
  addParticipant(input: NewParticipant): Promise<Participant>;
  /**
   * Adds participants who joined together in one transaction (one disk sync), each by the rules of
   * addParticipant, in order; a taken name gives `{ refused: 'name_taken' }` for that one, and a
   * resume token already stored (or earlier in the batch) `{ refused: 'token_known' }`, so one
   * device's retry never fails the others' joins.
   */
  addParticipants(inputs: readonly NewParticipant[]): Promise<Array<Participant | { refused: 'name_taken' | 'token_known' }>>;
  /** The participant holding this resume token, removed or not (check `removedAt`). */
  findParticipantByResumeToken(tokenHash: string): Promise<Participant | null>;
  /** The participant if it belongs to this session, removed or not. */
  findParticipant(sessionId: string, participantId: string): Promise<Participant | null>;
  /** The participant with this id in any session, removed or not (a student login knows only the id). */
  findParticipantById(participantId: string): Promise<Participant | null>;
  /** Participants in join order; removed ones only with `includeRemoved`; only those in `ids` when given. */
  listParticipants(sessionId: string, options?: { includeRemoved?: boolean; ids?: readonly string[] }): Promise<Participant[]>;
  /**
   * Renames a participant that was not removed; null when there is no such participant. Same
   * 'name_taken' rule as addParticipant (keeping one's own name key is fine).
   */
  renameParticipant(sessionId: string, id: string, name: string, nameKey: string): Promise<Participant | null>;
  /** Marks the participant removed at `now`, freeing the name; false when unknown or already removed. */
  removeParticipant(sessionId: string, id: string, now: number): Promise<boolean>;
  /**
   * Lets a removed participant back in, with the same id, token and answers; null when there is no
   * removed participant with this id. Throws StoreConflictError 'name_taken' when another
   * participant took the name meanwhile.
   */
  readmitParticipant(sessionId: string, id: string): Promise<Participant | null>;
}

export interface AnswerStore {
  /**
   * Stores an answer, idempotently and atomically:
   * - a (session, participant, clientAnswerId) seen before returns the stored answer with
   *   `duplicate: true` and changes nothing;
   * - else, if the participant already answered the item: with `replace` that answer is updated
   *   in place (same id and createdAt), without it StoreConflictError 'already_answered';
   * - else a new answer is inserted with a server-made id.
   * A participant therefore has at most one answer per item. Unknown session or participant (or a
   * participant of another session) fails on the foreign key.
   */
  saveAnswer(input: SaveAnswerInput): Promise<SaveAnswerResult>;
  /**
   * Stores answers that arrived together in one transaction (one disk sync), each with the rules of
   * saveAnswer, in order, so a later one sees an earlier one; also refuses the answer of a removed
   * participant. Outcomes come in the order of `inputs`; when it resolves, every stored one is durable.
   */
  saveAnswers(inputs: readonly SaveAnswerInput[]): Promise<SaveAnswerOutcome[]>;
  /** The session's answers (to one item if given), oldest first; `activeOnly` leaves out those of removed participants. */
  listAnswers(sessionId: string, itemId?: string, options?: { activeOnly?: boolean }): Promise<Answer[]>;
  /** One participant's answers in the session, oldest first. */
  answersByParticipant(sessionId: string, participantId: string): Promise<Answer[]>;
}

/** An assignment a teacher handed out to the students of one live session. */
export interface Handout {
  id: string;
  teacherId: string;
  sessionId: string;
  /** `module/lesson` and the `<Assignment>` id in it. */
  lessonSlug: string;
  assignmentId: string;
  deadline: number;
  createdAt: number;
}

/** One student's moodboard for one handout. `doc` is the JSON the caller parsed (see `boardDocSchema`). */
export interface Board {
  id: string;
  handoutId: string;
  participantId: string;
  doc: unknown;
  /** 0 until the first save; every save adds one. */
  revision: number;
  /** When the student first saved, or null. */
  startedAt: number | null;
  updatedAt: number;
}

/** A fixed copy made when the student handed in. */
export interface BoardVersion {
  id: string;
  boardId: string;
  /** 1, 2, … per board. */
  number: number;
  doc: unknown;
  revision: number;
  handedInAt: number;
  late: boolean;
}

export interface Feedback {
  boardId: string;
  teacherId: string;
  text: string;
  grade: string | null;
  updatedAt: number;
}

/** An image a student uploaded; the bytes live in files under DATA_DIR, named by `id`. */
export interface Upload {
  id: string;
  participantId: string;
  boardId: string;
  /** Content type of the stored (re-encoded) image. */
  mime: string;
  width: number;
  height: number;
  bytes: number;
  createdAt: number;
}

export interface StudentLogin {
  tokenHash: string;
  participantId: string;
  createdAt: number;
  expiresAt: number;
}

export type SaveBoardResult = { ok: true; board: Board } | { ok: false; current: Board };

export interface MoodboardStore {
  createHandout(input: Omit<Handout, 'createdAt'>): Promise<Handout>;
  findHandout(id: string): Promise<Handout | null>;
  /** Newest first. */
  listHandoutsForTeacher(teacherId: string): Promise<Handout[]>;
  /** The handouts of the participant's session, newest first. */
  listHandoutsForSession(sessionId: string): Promise<Handout[]>;
  /** Moves the deadline and marks the handed-in versions late or not against it; false when unknown. */
  setHandoutDeadline(id: string, deadline: number): Promise<boolean>;

  /** The participant's board for the handout, made empty (`doc`, revision 0) when there is none; atomic. */
  ensureBoard(input: { handoutId: string; participantId: string; doc: unknown }): Promise<Board>;
  findBoard(id: string): Promise<Board | null>;
  listBoards(handoutId: string): Promise<Board[]>;
  /**
   * Optimistic save: stores `doc` at revision `expectedRevision + 1` only if the stored revision is
   * still `expectedRevision` (sets `startedAt` on the first save); else returns the current board.
   */
  saveBoard(id: string, doc: unknown, expectedRevision: number, now: number): Promise<SaveBoardResult>;

  /**
   * Copies the board as it is at `revision` into the next version; null when the board's revision is
   * another. Idempotent: when the latest version already holds `revision`, returns that version
   * unchanged (its number, time and lateness), so a retried hand-in never adds one or turns late.
   */
  handIn(input: { boardId: string; revision: number; now: number; late: boolean }): Promise<BoardVersion | null>;
  /** Oldest first. */
  listVersions(boardId: string): Promise<BoardVersion[]>;

  /** Writes (or replaces) the feedback on a board. */
  setFeedback(input: Omit<Feedback, 'updatedAt'> & { now: number }): Promise<Feedback>;
  findFeedback(boardId: string): Promise<Feedback | null>;

  createUpload(input: Omit<Upload, 'createdAt'> & { now: number }): Promise<Upload>;
  findUpload(id: string): Promise<Upload | null>;
  /** Total bytes the participant has stored, to keep one student from filling the disk. */
  uploadedBytes(participantId: string): Promise<number>;

  /** The participant's personal work code, made (unique, from `makeCode`) the first time. */
  workCodeFor(participantId: string, makeCode: () => string): Promise<string>;
  /**
   * Gives the participant a new work code (for a code others have seen): the old code and every
   * student login made so far stop working. Returns the new code.
   */
  replaceWorkCode(participantId: string, makeCode: () => string): Promise<string>;
  /** The participant (removed or not) with this work code, or null. */
  findParticipantByWorkCode(code: string): Promise<Participant | null>;

  createStudentLogin(input: { tokenHash: string; participantId: string; expiresAt: number }): Promise<StudentLogin>;
  /** Null when unknown or expired (`expiresAt <= now`). */
  findStudentLogin(tokenHash: string, now: number): Promise<StudentLogin | null>;
  deleteStudentLogin(tokenHash: string): Promise<boolean>;
}

/**
 * A class ("klas"): a named roster of students a teacher keeps. It is backed by a live session that
 * is never live, so its students are that session's participants and everything that hangs off
 * participants (boards, work codes, logins, uploads) works for a class unchanged.
 */
export interface SchoolClass {
  /** The backing live session; the class is known by this id. */
  sessionId: string;
  teacherId: string;
  name: string;
  createdAt: number;
}

export interface ClassSummary extends SchoolClass {
  /** Students on the roster (participants not removed). */
  studentCount: number;
}

/** A student for a new class's roster: what addParticipant takes, without the session. */
export interface NewClassStudent {
  id: string;
  name: string;
  /** The caller's normalised name, as for addParticipant. */
  nameKey: string;
  resumeTokenHash: string;
}

export interface ClassStore<TState extends RevisionedState = RevisionedState> {
  /**
   * Creates in one transaction the class, its backing live session and its students. The session
   * has lesson slug '' and `state`, and is ended at creation, so `code` can never be joined (and may
   * equal the code of any other session). Throws StoreConflictError 'name_taken' when two students
   * share a name key; then nothing is stored.
   */
  createClass(input: {
    sessionId: string;
    teacherId: string;
    name: string;
    code: string;
    state: TState;
    students: readonly NewClassStudent[];
  }): Promise<SchoolClass>;
  /** The class this live session backs, or null (also for every ordinary live session). */
  findClassBySession(sessionId: string): Promise<SchoolClass | null>;
  /** The teacher's classes with their student counts, by name ("MV3A" before "MV10A"). */
  listClassesForTeacher(teacherId: string): Promise<ClassSummary[]>;
  /** Renames the class; null when there is no such class. */
  renameClass(sessionId: string, name: string): Promise<SchoolClass | null>;
}

/** Everything the server stores; the contracts are on the methods of the interfaces it combines. */
export interface Store<TState extends RevisionedState = RevisionedState>
  extends AccountStore, LiveSessionStore<TState>, ParticipantStore, AnswerStore, MoodboardStore, ClassStore<TState> {
  /** Closes the database; the store must not be used afterwards. */
  close(): Promise<void>;
}

/** Options every store implementation takes. */
export interface StoreOptions<TState extends RevisionedState = RevisionedState> {
  /** Source of `createdAt`/`joinedAt` for new rows; defaults to `Date.now`. */
  clock?: () => number;
  /** Checks stored state when it is read back (e.g. a zod parse); defaults to requiring a numeric `revision`. */
  parseState?: (json: unknown) => TState;
  /** Told when a pooled database connection drops (the store reconnects by itself). */
  onConnectionLost?: (error: Error) => void;
}

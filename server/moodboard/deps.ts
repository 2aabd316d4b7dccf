import type { AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import type { ReportItem } from '../teacher/report.ts';
import type { AttemptLimiter } from '../live/rate-limit.ts';
import type { Logger } from '../log.ts';
import type { AccountStore, AnswerStore, MoodboardStore, ParticipantStore } from '../storage/index.ts';

/** The assignment a handout points at, as its lesson declares it now. */
export interface AssignmentInfo {
  spec: AssignmentSpec;
  lessonTitle: string;
}

/** What the store must offer the moodboard API. */
export type MoodboardApiStore = MoodboardStore &
  ParticipantStore &
  AnswerStore &
  Pick<AccountStore, 'findAuthSession' | 'rememberDevice' | 'isKnownDevice'>;

/** Everything the moodboard handlers use; pages build it from the running server, tests from a temp folder. */
export interface MoodboardDeps {
  store: MoodboardApiStore;
  clock: () => number;
  /** DATA_DIR: uploads live in its `uploads/` folder. */
  dataDir: string;
  /** The assignment `assignmentId` in lesson `lessonSlug`, or null when the lesson no longer has it. */
  findAssignment(lessonSlug: string, assignmentId: string): Promise<AssignmentInfo | null>;
  /** The lesson's answerable items in slide order (empty for an unknown lesson). */
  lessonItems(lessonSlug: string): Promise<readonly ReportItem[]>;
  /** What one student may store in uploads; `UPLOAD_LIMITS.defaultQuotaBytes` when left out. */
  uploadQuotaBytes?: number;
  /** Limits wrong login codes per address from devices not known for the code; shared by the nodes when they share Redis. */
  loginLimiter: AttemptLimiter;
  /** Where logins and their refusals are logged; nowhere when left out. */
  log?: Logger;
}

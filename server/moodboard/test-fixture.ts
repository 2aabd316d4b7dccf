import { afterEach, beforeEach } from 'vitest';
import { assignmentParts } from '../../src/shared/moodboard/assignment.ts';
import type { BoardDoc, BoardItem } from '../../src/shared/moodboard/board.ts';
import type { ReportItem } from '../teacher/report.ts';
import { STUDENT_COOKIE } from '../work/student-session.ts';
import { AUTH_COOKIE } from '../auth/cookies.ts';
import { hashToken } from '../auth/tokens.ts';
import { localAttemptLimiter } from '../live/rate-limit.ts';
import { makeTempDir, seedParticipant, seedSession, type TestState } from '../storage/test-helpers.ts';
import { openSqliteStore } from '../storage/sqlite-store.ts';
import type { Board, Store } from '../storage/index.ts';
import { ensureStudentBoard } from './board-for-student.ts';
import type { MoodboardDeps } from './deps.ts';

export const ORIGIN = 'http://school.test';
export const DEADLINE = 1_000_000;

/** Cookies of the people in the fixture: students Sam (p1) and Noor (p2) of s1, Kim (p3) of s2, teachers t1 (s1) and t2 (s2). */
export const cookies = {
  sam: `${STUDENT_COOKIE}=token-sam`,
  noor: `${STUDENT_COOKIE}=token-noor`,
  kim: `${STUDENT_COOKIE}=token-kim`,
  teacher: `${AUTH_COOKIE}=token-t1`,
  otherTeacher: `${AUTH_COOKIE}=token-t2`,
} as const;

export const lessonItems: ReportItem[] = [
  {
    id: 'binding-financieel',
    kind: 'openQuestion',
    slide: 19,
    question: 'Noem een voorbeeld van financiële binding.',
    options: [],
    correct: [],
    session: { kind: 'openQuestion', slide: 19, maxLength: 500 }, label: 'report.kind.openQuestion',
  },
  { id: 'binding-sociaal', kind: 'openQuestion', slide: 19, question: 'Noem een voorbeeld van sociale binding.', options: [], correct: [], session: { kind: 'openQuestion', slide: 19, maxLength: 500 }, label: 'report.kind.openQuestion' },
  { id: 'kennis', kind: 'quiz', slide: 4, question: 'Wat is relatiebeheer?', options: ['Verkopen', 'Klanten binden'], correct: ['B'], session: { kind: 'quiz', slide: 4, optionCount: 2, multiple: false }, label: 'report.kind.quiz' },
];

export interface MoodboardFixture {
  store: Store<TestState>;
  deps: MoodboardDeps;
  clock: { now: number };
  dataDir: string;
  /** Sam's board (p1) and Noor's board (p2) for handout h1. */
  samBoard: Board;
  noorBoard: Board;
}

async function seed(store: Store<TestState>): Promise<{ samBoard: Board; noorBoard: Board }> {
  await seedSession(store, { id: 's1', code: 'AAAAAA', teacherId: 't1' });
  await seedSession(store, { id: 's2', code: 'CCCCCC', teacherId: 't2' });
  await seedParticipant(store, { id: 'p1', sessionId: 's1', name: 'Sam' });
  await seedParticipant(store, { id: 'p2', sessionId: 's1', name: 'Noor' });
  await seedParticipant(store, { id: 'p3', sessionId: 's2', name: 'Kim' });
  for (const [teacherId, token] of [
    ['t1', 'token-t1'],
    ['t2', 'token-t2'],
  ] as const) {
    await store.createAuthSession({ tokenHash: hashToken(token), teacherId, expiresAt: Number.MAX_SAFE_INTEGER });
  }
  for (const [participantId, token] of [
    ['p1', 'token-sam'],
    ['p2', 'token-noor'],
    ['p3', 'token-kim'],
  ] as const) {
    await store.createStudentLogin({ tokenHash: hashToken(token), participantId, expiresAt: Number.MAX_SAFE_INTEGER });
  }
  await store.saveAnswer({
    sessionId: 's1',
    participantId: 'p1',
    itemId: 'binding-financieel',
    clientAnswerId: 'a1',
    value: { kind: 'openQuestion', text: 'Een spaarkaart' },
    now: 100,
    replace: false,
  });
  await store.saveAnswer({
    sessionId: 's1',
    participantId: 'p1',
    itemId: 'kennis',
    clientAnswerId: 'a2',
    value: { kind: 'quiz', choices: ['B'] },
    now: 101,
    replace: false,
  });
  await store.saveAnswer({
    sessionId: 's1',
    participantId: 'p2',
    itemId: 'binding-sociaal',
    clientAnswerId: 'a3',
    value: { kind: 'openQuestion', text: 'Een klantenavond' },
    now: 102,
    replace: false,
  });
  const handout = await store.createHandout({
    id: 'h1',
    teacherId: 't1',
    sessionId: 's1',
    lessonSlug: 'relatiebeheer/les-2',
    assignmentId: 'moodboard',
    deadline: DEADLINE,
  });
  const samBoard = await ensureStudentBoard(store, handout, 'p1');
  const noorBoard = await ensureStudentBoard(store, handout, 'p2');
  if (!samBoard || !noorBoard) throw new Error('fixture boards missing');
  return { samBoard, noorBoard };
}

/** A fresh store in a temp DATA_DIR per test, seeded as described on `cookies`, with real handler deps. */
export function useMoodboardFixture(): () => MoodboardFixture {
  let fixture: MoodboardFixture | undefined;
  let remove = (): void => {};
  beforeEach(async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    const clock = { now: 1_000 };
    const store = await openSqliteStore<TestState>({ dataDir: temp.dir, clock: () => clock.now });
    const boards = await seed(store);
    const deps: MoodboardDeps = {
      store,
      clock: () => clock.now,
      dataDir: temp.dir,
      loginLimiter: localAttemptLimiter(10, 1 / 6, () => clock.now),
      async findAssignment(lessonSlug, assignmentId) {
        if (lessonSlug !== 'relatiebeheer/les-2' || assignmentId !== 'moodboard') return null;
        const spec = {
          lessonSlug,
          id: assignmentId,
          title: 'Moodboard G-Star',
          brief: 'Maak een moodboard.',
          parts: assignmentParts(['Financiële binding', 'Sociale binding']),
          explanationRequired: true,
        };
        return { spec, lessonTitle: 'Les 2: Wat is Relatiebeheer?' };
      },
      lessonItems: async (lessonSlug) => (lessonSlug === 'relatiebeheer/les-2' ? lessonItems : []),
    };
    fixture = { store, deps, clock, dataDir: temp.dir, ...boards };
  });
  afterEach(async () => {
    await fixture?.store.close();
    fixture = undefined;
    remove();
  });
  return () => {
    if (!fixture) throw new Error('moodboard fixture read outside a test');
    return fixture;
  };
}

/** A request as a browser on our own site sends it; override any header (null leaves it out). */
export function request(
  method: string,
  path: string,
  options: { cookie?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string | null> } = {},
): Request {
  const headers: Record<string, string | null> = { origin: method === 'GET' ? null : ORIGIN, cookie: options.cookie ?? null };
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  Object.assign(headers, options.headers);
  const present = Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null);
  return new Request(`${ORIGIN}${path}`, { method, headers: present, body });
}

export const emptyDoc = (): BoardDoc => ({ version: 1, items: [], explanation: '' });

const base = { x: 100, y: 100, w: 200, h: 120, rotation: 0, z: 1, parts: [] as string[] };

export const noteItem = (id = 'n1', text = 'Hallo'): BoardItem => ({ ...base, id, kind: 'note', text });
export const imageItem = (uploadId: string, id = 'i1'): BoardItem => ({
  ...base,
  id,
  kind: 'image',
  uploadId,
  alt: 'Foto',
  naturalWidth: 200,
  naturalHeight: 120,
});
export const answerItem = (itemId: string, sessionId = 's1', id = 'a1'): BoardItem => ({
  ...base,
  id,
  kind: 'answer',
  source: { sessionId, itemId },
  question: 'Vraag',
  text: 'Mijn eigen woorden',
});

export const docWith = (...items: BoardItem[]): BoardDoc => ({ version: 1, items, explanation: 'Uitleg' });

/** The JSON body of a response. */
export const body = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T;

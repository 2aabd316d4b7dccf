/**
 * The permission matrix: every HTTP route file and every socket command, as the session's teacher
 * and student (what they may do), and as anonymous, another session's student, another teacher and
 * a page of another site (what they may not). Every cell is the answer expected; answers to those
 * who are not the session's own carry none of its data. A route file or command that the matrix
 * does not list fails the test, so a new one cannot slip in unchecked.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { io } from 'socket.io-client';
import { AUTH_COOKIE } from '../../server/auth/cookies.ts';
import { hashToken, newToken } from '../../server/auth/tokens.ts';
import { openSqliteStore } from '../../server/storage/index.ts';
import { commandSchemas, PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { expect, test } from './fixtures.ts';
import { ROOT } from './built-server.ts';
import { LES2 } from './helpers.ts';
import { examplePng } from './images.ts';
import { addTeacher } from './live-helpers.ts';
import { EMAIL, lessonWithHandout } from './moodboard-helpers.ts';

const ROLES = ['teacher', 'student', 'anonymous', 'otherStudent', 'otherTeacher', 'crossSite'] as const;
type Role = (typeof ROLES)[number];
const FOREIGN = 'https://evil.example';
const STUDENT_NAME = 'Matrix Mila';
const OTHER_EMAIL = `matrix-other-${randomUUID()}@school.nl`;

/** What the matrix needs of the world: ids of session A (the teacher's own), and everyone's cookies. */
interface World {
  base: string;
  sessionId: string;
  code: string;
  handoutId: string;
  boardId: string;
  imageId: string;
  classId: string;
  inviteToken: string;
  /** A student of session A whose work code may be replaced. */
  studentId: string;
  workCode: string;
  cookies: Record<'teacher' | 'student' | 'otherTeacher' | 'otherStudent', string>;
  /** Session B of the other teacher, with its student. */
  other: { sessionId: string; code: string; resumeToken: string };
  /** Resume token and id of a second student of session A, for the socket commands. */
  socketStudent: { resumeToken: string; participantId: string };
}

interface Call {
  method: 'GET' | 'POST' | 'PUT';
  path: (world: World) => string;
  form?: (world: World) => Record<string, string>;
  json?: unknown;
  bytes?: () => Promise<Buffer>;
  /** Expected `status` or `status→path` (ids shown as :id, query left out), by role. */
  expect: Record<Role, string>;
  /** The answer may name session A itself (e.g. the public join page names its code). */
  public?: boolean;
}

// Shorthands for cells.
const TO_LOGIN = '303→/docent/inloggen';
const same = (cell: string): Record<Role, string> => ({
  teacher: cell,
  student: cell,
  anonymous: cell,
  otherStudent: cell,
  otherTeacher: cell,
  crossSite: cell,
});
/** A teacher's page: the owner and a page of another site (a GET the browser makes and the other site cannot read) get it. */
const teacherPage = (owner = '200', others = '404'): Record<Role, string> => ({
  teacher: owner,
  student: TO_LOGIN,
  anonymous: TO_LOGIN,
  otherStudent: TO_LOGIN,
  otherTeacher: others,
  crossSite: owner,
});
/** A teacher's form: the same, but a post from another site is refused before anything runs. */
const teacherForm = (owner: string, others = '404'): Record<Role, string> => ({ ...teacherPage(owner, others), crossSite: '403' });

/** Every route file under src/pages and what each method gives each role. */
const HTTP: Record<string, Call[]> = {
  '404.astro': [{ method: 'GET', path: () => '/404', expect: same('404') }],
  'authoring.astro': [{ method: 'GET', path: () => '/authoring', expect: same('200') }],
  'index.astro': [{ method: 'GET', path: () => '/', expect: same('200') }],
  'join/index.astro': [{ method: 'GET', path: () => '/join', expect: same('200') }],
  // The join code is the key to the join page, by design: whoever has it may see the lesson's name.
  'join/[code].astro': [{ method: 'GET', path: (w) => `/join/${w.code}`, expect: same('200'), public: true }],
  'language.ts': [
    { method: 'POST', path: () => '/language', form: () => ({ lang: 'nl', back: '/' }), expect: { ...same('303→/'), crossSite: '403' } },
  ],
  'lessons/[module]/[lesson]/index.astro': [{ method: 'GET', path: () => `/lessons/${LES2}`, expect: same('200') }],
  'lessons/[module]/[lesson]/study.astro': [{ method: 'GET', path: () => `/lessons/${LES2}/study`, expect: same('200') }],
  'lessons/[module]/[lesson]/present.astro': [
    { method: 'GET', path: () => `/lessons/${LES2}/present`, expect: same('200') },
    { method: 'GET', path: (w) => `/lessons/${LES2}/present?live=${w.sessionId}`, expect: teacherPage() },
  ],
  'api/lessons/index.ts': [{ method: 'GET', path: () => '/api/lessons', expect: same('200') }],
  'api/lessons/[...slug].ts': [{ method: 'GET', path: () => `/api/lessons/${LES2}`, expect: same('200') }],
  'docent/index.astro': [
    { method: 'GET', path: () => '/docent', expect: teacherPage('200', '200') },
    { method: 'POST', path: () => '/docent', form: () => ({ action: 'invite' }), expect: teacherForm('200', '200') },
  ],
  'docent/inloggen.astro': [
    {
      method: 'GET',
      path: () => '/docent/inloggen',
      expect: {
        teacher: '303→/docent',
        student: '200',
        anonymous: '200',
        otherStudent: '200',
        otherTeacher: '303→/docent',
        crossSite: '303→/docent',
      },
    },
    {
      method: 'POST',
      path: () => '/docent/inloggen',
      form: () => ({ email: 'iemand@school.nl', password: 'fout wachtwoord' }),
      expect: { ...same('401'), crossSite: '403' },
    },
  ],
  'docent/start.astro': [
    { method: 'GET', path: () => '/docent/start', expect: same('200') },
    {
      method: 'POST',
      path: () => '/docent/start',
      form: () => ({ email: 'x@school.nl', name: 'X', password: 'een lang wachtwoord' }),
      expect: { ...same('200'), crossSite: '403' },
    },
  ],
  'docent/uitnodiging/[token].astro': [
    { method: 'GET', path: (w) => `/docent/uitnodiging/${w.inviteToken}`, expect: same('200') },
    {
      method: 'POST',
      path: (w) => `/docent/uitnodiging/${w.inviteToken}`,
      form: () => ({ email: '', name: '', password: '' }),
      expect: { ...same('400'), crossSite: '403' },
    },
  ],
  'docent/klassen/index.astro': [
    { method: 'GET', path: () => '/docent/klassen', expect: teacherPage('200', '200') },
    { method: 'POST', path: () => '/docent/klassen', form: () => ({ name: '', students: '' }), expect: teacherForm('400', '400') },
  ],
  'docent/klassen/[id].astro': [
    { method: 'GET', path: (w) => `/docent/klassen/${w.classId}`, expect: teacherPage() },
    {
      method: 'POST',
      path: (w) => `/docent/klassen/${w.classId}`,
      form: () => ({ action: 'renameClass', name: '' }),
      expect: teacherForm('400'),
    },
  ],
  'docent/live.ts': [
    {
      method: 'POST',
      path: () => '/docent/live',
      form: () => ({ lesson: LES2 }),
      expect: { ...teacherForm('303→/docent/live/:id', '303→/docent/live/:id'), student: TO_LOGIN },
    },
  ],
  'docent/live/[id].astro': [{ method: 'GET', path: (w) => `/docent/live/${w.sessionId}`, expect: teacherPage() }],
  'docent/live/[id]/rapport.astro': [{ method: 'GET', path: (w) => `/docent/live/${w.sessionId}/rapport`, expect: teacherPage() }],
  'docent/live/[id]/rapport.csv.ts': [
    {
      method: 'GET',
      path: (w) => `/docent/live/${w.sessionId}/rapport.csv`,
      expect: { ...teacherPage(), student: '401', anonymous: '401', otherStudent: '401' },
    },
  ],
  'docent/opdrachten/nieuw.astro': [
    // Another teacher gets the form for their own lessons: session A is not offered (nor named).
    { method: 'GET', path: (w) => `/docent/opdrachten/nieuw?sessie=${w.sessionId}`, expect: teacherPage('200', '200') },
    {
      method: 'POST',
      path: (w) => `/docent/opdrachten/nieuw?sessie=${w.sessionId}`,
      form: (w) => ({ session: w.sessionId, assignment: '' }),
      expect: teacherForm('400', '404'),
    },
  ],
  'docent/opdrachten/[id].astro': [
    { method: 'GET', path: (w) => `/docent/opdrachten/${w.handoutId}`, expect: teacherPage() },
    {
      method: 'POST',
      path: (w) => `/docent/opdrachten/${w.handoutId}`,
      form: () => ({ date: 'gisteren', time: '' }),
      expect: teacherForm('400'),
    },
  ],
  'docent/opdrachten/[id]/[boardId].astro': [
    { method: 'GET', path: (w) => `/docent/opdrachten/${w.handoutId}/${w.boardId}`, expect: teacherPage() },
    {
      method: 'POST',
      path: (w) => `/docent/opdrachten/${w.handoutId}/${w.boardId}`,
      form: () => ({ grade: 'x'.repeat(500) }),
      expect: teacherForm('400'),
    },
  ],
  'werk/index.astro': [
    { method: 'GET', path: () => '/werk', expect: same('200') },
    {
      method: 'POST',
      path: () => '/werk',
      form: (w) => ({ action: 'open', handout: w.handoutId }),
      expect: {
        teacher: '303→/werk',
        student: '303→/werk/bord/:id',
        anonymous: '303→/werk',
        otherStudent: '404',
        otherTeacher: '303→/werk',
        crossSite: '403',
      },
    },
  ],
  // The page is an empty editor; the board itself comes through the API below, which checks the login.
  'werk/bord/[id].astro': [{ method: 'GET', path: (w) => `/werk/bord/${w.boardId}`, expect: same('200') }],
  'api/werk/borden/[id].ts': [
    {
      method: 'GET',
      path: (w) => `/api/werk/borden/${w.boardId}`,
      expect: { teacher: '200', student: '200', anonymous: '401', otherStudent: '404', otherTeacher: '404', crossSite: '200' },
    },
    {
      method: 'PUT',
      path: (w) => `/api/werk/borden/${w.boardId}`,
      json: {},
      expect: { teacher: '403', student: '400', anonymous: '401', otherStudent: '404', otherTeacher: '404', crossSite: '403' },
    },
  ],
  'api/werk/borden/[id]/afbeeldingen.ts': [
    {
      method: 'POST',
      path: (w) => `/api/werk/borden/${w.boardId}/afbeeldingen`,
      bytes: examplePng,
      expect: { teacher: '403', student: '201', anonymous: '401', otherStudent: '404', otherTeacher: '404', crossSite: '403' },
    },
  ],
  'api/werk/borden/[id]/inleveren.ts': [
    {
      method: 'POST',
      path: (w) => `/api/werk/borden/${w.boardId}/inleveren`,
      json: {},
      expect: { teacher: '403', student: '400', anonymous: '401', otherStudent: '404', otherTeacher: '404', crossSite: '403' },
    },
  ],
  'api/afbeeldingen/[id].ts': [
    // Anyone but its student and their teacher gets the 404 of an image that does not exist.
    {
      method: 'GET',
      path: (w) => `/api/afbeeldingen/${w.imageId}`,
      expect: { teacher: '200', student: '200', anonymous: '404', otherStudent: '404', otherTeacher: '404', crossSite: '200' },
    },
  ],
  'api/werk/inloggen.ts': [
    { method: 'POST', path: () => '/api/werk/inloggen', json: { code: 'QQQQ-WWWW' }, expect: { ...same('401'), crossSite: '403' } },
  ],
  // Last: these end logins (each role uses a login of its own, made for the purpose).
  'docent/werkcode.ts': [
    {
      method: 'POST',
      path: () => '/docent/werkcode',
      form: (w) => ({ participant: w.studentId, session: w.sessionId, back: '/docent' }),
      expect: { ...teacherForm('303→/docent'), otherTeacher: '404', student: '303→/docent/inloggen' },
    },
  ],
  'api/werk/uitloggen.ts': [{ method: 'POST', path: () => '/api/werk/uitloggen', json: {}, expect: { ...same('204'), crossSite: '403' } }],
  'docent/uitloggen.ts': [
    { method: 'POST', path: () => '/docent/uitloggen', form: () => ({}), expect: { ...same('303→/'), crossSite: '403' } },
  ],
};

/** Every route file under src/pages, as the router sees them. */
function routeFiles(): string[] {
  const dir = path.join(ROOT, 'src/pages');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts|md|mdx|html)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const cookieOf = (response: Response): string => (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';

async function send(world: World, call: Call, role: Role): Promise<{ cell: string; body: string }> {
  const { cookies } = world;
  const cookie = {
    teacher: cookies.teacher,
    student: cookies.student,
    anonymous: '',
    otherStudent: cookies.otherStudent,
    otherTeacher: cookies.otherTeacher,
    // The teacher and the student of session A both visit the other site, logged in.
    crossSite: `${cookies.teacher}; ${cookies.student}`,
  }[role];
  const headers: Record<string, string> = { origin: role === 'crossSite' ? FOREIGN : world.base };
  if (role === 'crossSite') headers['sec-fetch-site'] = 'cross-site';
  if (call.method === 'GET') delete headers.origin;
  if (cookie) headers.cookie = cookie;
  let body: BodyInit | undefined;
  if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(call.form(world)).toString();
  } else if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.bytes) {
    headers['content-type'] = 'image/png';
    body = new Uint8Array(await call.bytes());
  }
  const response = await fetch(`${world.base}${call.path(world)}`, { method: call.method, headers, body, redirect: 'manual' });
  const location = response.headers.get('location');
  const where = location ? `→${new URL(location, world.base).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}` : '';
  return { cell: `${response.status}${where}`, body: await response.text() };
}

/**
 * A fresh login of a teacher (its cookie), made in the server's database as the login page would,
 * so a cell that logs out takes nobody else's login with it and no login attempts are spent.
 */
async function teacherLogin(email: string): Promise<string> {
  const store = await openSqliteStore<SessionState>({ dataDir: process.env.E2E_DATA_DIR ?? '' });
  try {
    const teacher = await store.findTeacherByEmail(email);
    if (!teacher) throw new Error(`no teacher ${email}`);
    const token = newToken();
    await store.createAuthSession({ tokenHash: hashToken(token), teacherId: teacher.id, expiresAt: Date.now() + 3_600_000 });
    return `${AUTH_COOKIE}=${token}`;
  } finally {
    await store.close();
  }
}

async function studentLogin(base: string, body: unknown): Promise<string> {
  const response = await fetch(`${base}/api/werk/inloggen`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return cookieOf(response);
}

type Socket = ReturnType<typeof io>;
/** A socket with everything it hears recorded, once connected (or the code it was refused with). */
function openSocket(base: string, auth: Record<string, unknown>, headers: Record<string, string> = {}) {
  const heard: string[] = [];
  const socket: Socket = io(base, {
    path: '/live',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: headers,
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
  });
  socket.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
  const ready = new Promise<{ socket: Socket; refused: string | null; heard: string[]; welcome: Record<string, string> | null }>(
    (resolve) => {
      let welcome: Record<string, string> | null = null;
      socket.on('participant:welcome', (payload: Record<string, string>) => (welcome = payload));
      socket.once('session:state', () => setTimeout(() => resolve({ socket, refused: null, heard, welcome }), 0));
      socket.once('connect_error', (error: Error & { data?: { code?: string } }) =>
        resolve({ socket, refused: error.data?.code ?? 'refused', heard, welcome }),
      );
    },
  );
  return ready;
}

/** A command's ack as `ok` or the refusal's code; the matrix sends more than a socket's burst, so it waits out `rate_limited`. */
async function emit(socket: Socket, event: string, payload: unknown): Promise<string> {
  for (;;) {
    const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as { ok: boolean; error?: { code: string } };
    if (ack.ok) return 'ok';
    // The bucket refills by time (10 a second), so here waiting is the condition itself.
    if (ack.error?.code === 'rate_limited') await new Promise((resolve) => setTimeout(resolve, 150));
    else return ack.error?.code ?? '?';
  }
}

/** A payload of each command that zod accepts, aimed at session A's things (its open question, its student). */
function validPayload(event: string, world: World): unknown {
  const payloads: Record<string, unknown> = {
    'answer:submit': { itemId: 'open-klantwaarde', clientAnswerId: randomUUID(), value: { kind: 'openQuestion', text: 'Matrix-antwoord' } },
    'slide:goto': { index: 2 },
    'item:open': { id: 'quiz-kosten' },
    'item:close': {},
    'results:show': { shown: true },
    'answer:reveal': { id: 'quiz-kosten', revealed: true },
    'model:show': { id: 'mindmap-relatiebeheer', shown: true },
    'session:anonymous': { anonymous: true },
    'session:lock': { locked: false },
    'session:end': {},
    'session:lobby': { shown: true },
    'session:banner': { shown: true },
    'picker:pick': {},
    'picker:clear': {},
    'session:competition': { on: true, speed: false },
    'leaderboard:show': { shown: true },
    'answer:hide': { answerId: 'a1', hidden: true },
    'answer:highlight': { answerId: 'a1', highlighted: true },
    'question:answered': { questionId: 'a1.1', answered: true },
    'drawings:get': { itemId: 'open-klantwaarde', answerIds: ['a1'] },
    'drawing:show': { answerId: 'a1', shown: true },
    'timer:start': { id: 'timer-zelfstandig' },
    'timer:pause': { id: 'timer-zelfstandig' },
    'timer:addMinute': { id: 'timer-zelfstandig' },
    'timer:reset': { id: 'timer-zelfstandig' },
    'participant:remove': { participantId: world.socketStudent.participantId },
    'participant:rename': { participantId: world.socketStudent.participantId, name: 'Overgenomen' },
    'participant:readmit': { participantId: world.socketStudent.participantId },
  };
  return payloads[event];
}

/**
 * Socket commands by role. Anonymous, another teacher and a page of another site get no socket on
 * session A at all (the handshake refusal is their cell); a student's cell is the command's ack.
 * The other teacher also aims every command from their own session at session A's students.
 */
const STUDENT_ONLY = { student: 'ok', otherStudent: 'item_not_open' };
const TEACHER_ONLY = { student: 'forbidden', otherStudent: 'forbidden' };
const SOCKET: Record<string, { student: string; otherStudent: string }> = Object.fromEntries(
  Object.keys(commandSchemas).map((event) => [event, event === 'answer:submit' ? STUDENT_ONLY : TEACHER_ONLY]),
);
const HANDSHAKE = { anonymous: 'not_logged_in', otherTeacher: 'not_your_session', crossSite: 'refused' };
/** What the other teacher gets for each command sent in their own session B but naming A's student. */
const OTHER_TEACHER_ON_A_STUDENT: Record<string, string> = {
  'participant:remove': 'unknown_participant',
  'participant:rename': 'unknown_participant',
  'participant:readmit': 'unknown_participant',
};

test.describe.configure({ mode: 'serial' });

test.describe('permission matrix', () => {
  let world: World;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const base = baseURL ?? '';
    addTeacher(EMAIL, 'Docent Matrix');
    addTeacher(OTHER_EMAIL, 'Andere Docent');
    const page = await (await browser.newContext()).newPage();
    const lesson = await lessonWithHandout(page, browser, STUDENT_NAME);
    const teacher = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const student = await studentLogin(base, { code: lesson.workCode });
    const handoutId = lesson.handoutUrl.split('/').at(-1) ?? '';
    const opened = await fetch(`${base}/werk`, {
      method: 'POST',
      headers: { origin: base, cookie: student, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'open', handout: handoutId }).toString(),
      redirect: 'manual',
    });
    const boardId = (opened.headers.get('location') ?? '').split('/').at(-1) ?? '';
    const upload = await fetch(`${base}/api/werk/borden/${boardId}/afbeeldingen`, {
      method: 'POST',
      headers: { origin: base, cookie: student, 'content-type': 'image/png' },
      body: new Uint8Array(await examplePng()),
    });
    expect(upload.status).toBe(201);
    const imageId = ((await upload.json()) as { uploadId: string }).uploadId;
    const madeClass = await fetch(`${base}/docent/klassen`, {
      method: 'POST',
      headers: { origin: base, cookie: teacher, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Klas Matrix', students: 'Kees Klas\nKim Klas' }).toString(),
      redirect: 'manual',
    });
    const classId = (madeClass.headers.get('location') ?? '').split('?')[0]?.split('/').at(-1) ?? '';
    const dashboard = await fetch(`${base}/docent`, {
      method: 'POST',
      headers: { origin: base, cookie: teacher, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=invite',
    });
    const inviteToken = /\/docent\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(await dashboard.text())?.[1] ?? '';

    // Session B: the other teacher's, with a student of its own.
    const otherTeacher = await teacherLogin(OTHER_EMAIL);
    const started = await fetch(`${base}/docent/live`, {
      method: 'POST',
      headers: { origin: base, cookie: otherTeacher, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ lesson: LES2 }).toString(),
      redirect: 'manual',
    });
    const otherSessionId = (started.headers.get('location') ?? '').split('/').at(-1) ?? '';
    const livePage = await (await fetch(`${base}/docent/live/${otherSessionId}`, { headers: { cookie: otherTeacher } })).text();
    const otherCode = /class="join-code"[^>]*>([A-Z0-9]+)</.exec(livePage)?.[1] ?? '';
    const otherStudentSocket = await openSocket(base, { role: 'student', code: otherCode, name: 'Bram Buiten' });
    const otherResume = otherStudentSocket.welcome?.resumeToken ?? '';
    otherStudentSocket.socket.disconnect();
    const otherStudent = await studentLogin(base, { resumeToken: otherResume });

    const second = await openSocket(base, { role: 'student', code: lesson.code, name: 'Tweede Tess' });
    second.socket.disconnect();
    world = {
      base,
      sessionId: lesson.sessionId,
      code: lesson.code,
      handoutId,
      boardId,
      imageId,
      classId,
      inviteToken,
      studentId: second.welcome?.participantId ?? '',
      workCode: lesson.workCode,
      cookies: { teacher, student, otherTeacher, otherStudent },
      other: { sessionId: otherSessionId, code: otherCode, resumeToken: otherResume },
      socketStudent: { resumeToken: second.welcome?.resumeToken ?? '', participantId: second.welcome?.participantId ?? '' },
    };
    for (const [key, value] of Object.entries(world)) if (typeof value === 'string') expect(value, key).not.toBe('');
    await page.context().close();
    await lesson.phone.context().close();
  });

  test('lists every route file, and every command of the protocol', () => {
    expect(routeFiles()).toEqual(Object.keys(HTTP).sort());
    expect(Object.keys(SOCKET).sort()).toEqual(Object.keys(commandSchemas).sort());
  });

  test('every HTTP route answers each role as the matrix says, and none of session A’s data to outsiders', async () => {
    test.setTimeout(180_000);
    // What session A's outsiders must never see: its code, its student's name and work, the teacher's address.
    const secrets = [world.code, STUDENT_NAME, world.workCode, EMAIL, 'Docent Matrix', 'Financieel: 10% korting'];
    const wrong: string[] = [];
    for (const [file, calls] of Object.entries(HTTP)) {
      for (const call of calls) {
        for (const role of ROLES) {
          // Cells that end a login get a login of their own.
          const mine = { ...world, cookies: { ...world.cookies } };
          if (file === 'api/werk/uitloggen.ts') {
            mine.cookies.student = await studentLogin(world.base, { resumeToken: world.socketStudent.resumeToken });
            mine.cookies.otherStudent = await studentLogin(world.base, { resumeToken: world.other.resumeToken });
          }
          if (file === 'docent/uitloggen.ts') {
            mine.cookies.teacher = await teacherLogin(EMAIL);
            mine.cookies.otherTeacher = await teacherLogin(OTHER_EMAIL);
          }
          const { cell, body } = await send(mine, call, role);
          const label = `${call.method} ${file} as ${role}`;
          if (cell !== call.expect[role]) wrong.push(`${label}: ${cell}, expected ${call.expect[role]}`);
          const outsider = role === 'anonymous' || role === 'otherStudent' || role === 'otherTeacher';
          if (outsider && !call.public)
            for (const secret of secrets) if (body.includes(secret)) wrong.push(`${label}: the answer holds ${secret}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every socket command answers each role as the matrix says, and outsiders hear nothing of session A', async () => {
    const base = world.base;
    const studentA = await openSocket(base, { role: 'student', resumeToken: world.socketStudent.resumeToken });
    const studentB = await openSocket(base, { role: 'student', resumeToken: world.other.resumeToken });
    expect([studentA.refused, studentB.refused]).toEqual([null, null]);
    // The teacher opens the open question in A, so A's student may answer it (and B's has nothing open).
    const teacherA = await openSocket(base, { role: 'teacher', sessionId: world.sessionId }, { cookie: world.cookies.teacher });
    expect(await emit(teacherA.socket, 'item:open', { id: 'open-klantwaarde' })).toBe('ok');

    const handshakes = {
      anonymous: await openSocket(base, { role: 'teacher', sessionId: world.sessionId }),
      otherTeacher: await openSocket(base, { role: 'teacher', sessionId: world.sessionId }, { cookie: world.cookies.otherTeacher }),
      crossSite: await openSocket(
        base,
        { role: 'teacher', sessionId: world.sessionId },
        { cookie: world.cookies.teacher, origin: FOREIGN },
      ),
    };
    for (const [role, outcome] of Object.entries(handshakes)) expect(outcome.refused, role).toBe(HANDSHAKE[role as keyof typeof HANDSHAKE]);

    const otherTeacherOwn = await openSocket(
      base,
      { role: 'teacher', sessionId: world.other.sessionId },
      { cookie: world.cookies.otherTeacher },
    );
    const wrong: string[] = [];
    for (const [event, cells] of Object.entries(SOCKET)) {
      const a = await emit(studentA.socket, event, validPayload(event, world));
      const b = await emit(studentB.socket, event, validPayload(event, world));
      if (a !== cells.student) wrong.push(`${event} as student: ${a}, expected ${cells.student}`);
      if (b !== cells.otherStudent) wrong.push(`${event} as otherStudent: ${b}, expected ${cells.otherStudent}`);
      const expected = OTHER_TEACHER_ON_A_STUDENT[event];
      if (expected) {
        const aimed = await emit(otherTeacherOwn.socket, event, validPayload(event, world));
        if (aimed !== expected) wrong.push(`${event} by the other teacher at A's student: ${aimed}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    // A's student is still in: none of that reached session A.
    expect(studentA.socket.connected).toBe(true);
    const heardByOutsiders = [...studentB.heard, ...otherTeacherOwn.heard].join('\n');
    for (const secret of [world.sessionId, world.code, STUDENT_NAME, 'Tweede Tess', 'Matrix-antwoord', world.socketStudent.participantId]) {
      expect(heardByOutsiders.includes(secret), secret).toBe(false);
    }
    for (const socket of [studentA, studentB, teacherA, otherTeacherOwn, ...Object.values(handshakes)]) socket.socket.disconnect();
  });
});

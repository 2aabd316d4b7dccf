/**
 * The live-lesson benchmark: N student sockets through the real protocol against the app and, in the
 * same run, the same clients against a bare Socket.IO room. Prints a table and one JSON line.
 *
 *   npm run bench -- [--students 1000] [--sessions 1] [--rounds 5]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Socket } from 'socket.io-client';
import { appFlavour, bareFlavour, now, openAndWait, quantile, type Flavour } from './clients.ts';
import type { BenchReply, BenchRequest, BenchSession } from './ipc.ts';

const QUIZ = 'quiz-kosten';
const { values: flags } = parseArgs({
  options: {
    students: { type: 'string', default: '1000' },
    sessions: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    burstMs: { type: 'string', default: '1000' },
    /** Writes a CPU profile of the app's server process into this folder. */
    profile: { type: 'string' },
  },
});
const STUDENTS = Number(flags.students);
const SESSIONS = Number(flags.sessions);
const ROUNDS = Number(flags.rounds);
const BURST_MS = Number(flags.burstMs);

interface ServerProcess {
  child: ChildProcess;
  url: string;
  ask<T extends BenchReply['type']>(request: BenchRequest, reply: T): Promise<Extract<BenchReply, { type: T }>>;
}

async function startServer(mode: 'app' | 'bare', dataDir: string): Promise<ServerProcess> {
  const child = fork(path.resolve('tests/bench/bench-server.ts'), [mode, '0', dataDir], {
    execArgv: ['--expose-gc', ...(mode === 'app' && flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(flags.profile)}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiters = new Map<string, (reply: BenchReply) => void>();
  child.on('message', (reply: BenchReply) => {
    waiters.get(reply.type)?.(reply);
    waiters.delete(reply.type);
  });
  const expect = <T extends BenchReply['type']>(type: T) =>
    new Promise<Extract<BenchReply, { type: T }>>((resolve, reject) => {
      waiters.set(type, resolve as (reply: BenchReply) => void);
      child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
    });
  const { port } = await expect('listening');
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    ask: (request, type) => {
      const reply = expect(type);
      child.send(request);
      return reply;
    },
  };
}

interface Figures {
  fanout: number[];
  acks: number[];
  answersSent: number;
  answersAcked: number;
  answersStored: number;
  resultsLagMs: number;
  joinAllMs: number;
  rssPerStudentKB: number;
  /** Server CPU time spent in each phase. */
  cpuMs: { join: number; fanout: number; answers: number };
}

/** Waits until every student saw slide `index`, and returns each one's delay from the send. */
function fanout(flavour: Flavour, teachers: Socket[], students: Socket[], index: number): Promise<number[]> {
  const delays: number[] = [];
  return new Promise((resolve) => {
    const started = now();
    for (const student of students) {
      const listener = (payload: unknown) => {
        if (!flavour.shows(flavour.fanoutEvent, payload, index)) return;
        student.off(flavour.fanoutEvent, listener);
        delays.push(now() - started);
        if (delays.length === students.length) resolve(delays);
      };
      student.on(flavour.fanoutEvent, listener);
    }
    for (const teacher of teachers) flavour.goto(teacher, index);
  });
}

/** The time from the last ack until each teacher's results count every student of its session. */
function resultsComplete(teachers: Socket[], perSession: number[]): Promise<number>[] {
  return teachers.map(
    (teacher, session) =>
      new Promise((resolve) => {
        const listener = (payload: { itemId: string; answeredBy: string[] }) => {
          if (payload.itemId !== QUIZ || payload.answeredBy.length < (perSession[session] ?? 0)) return;
          teacher.off('results:updated', listener);
          resolve(now());
        };
        teacher.on('results:updated', listener);
      }),
  );
}

async function measure(flavour: Flavour, server: ServerProcess): Promise<Figures> {
  const { sessions } = await server.ask({ type: 'setup', sessions: SESSIONS }, 'setup');
  const teachers = await Promise.all(
    sessions.map((session) => {
      const { auth, headers } = flavour.teacherAuth(session);
      return openAndWait(server.url, flavour.joinedEvent, auth, headers);
    }),
  );
  const before = (await server.ask({ type: 'memory' }, 'memory')).rss;

  const sessionOf = (index: number): BenchSession => sessions[index % sessions.length] as BenchSession;
  const cpu = async () => (await server.ask({ type: 'cpu' }, 'cpu')).ms;
  const cpuBeforeJoin = await cpu();
  const joinStarted = now();
  const students = await Promise.all(
    Array.from({ length: STUDENTS }, (_, index) =>
      openAndWait(server.url, flavour.joinedEvent, flavour.studentAuth(sessionOf(index), index)),
    ),
  );
  const joinAllMs = now() - joinStarted;
  const cpuAfterJoin = await cpu();
  const after = (await server.ask({ type: 'memory' }, 'memory')).rss;

  // Two unmeasured rounds first, so neither side pays for the clients' warm-up.
  for (const index of [2, 3]) await fanout(flavour, teachers, students, index);
  const cpuBeforeFanout = await cpu();
  const fanoutDelays: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) fanoutDelays.push(...(await fanout(flavour, teachers, students, 4 + (round % 3))));

  const cpuAfterFanout = await cpu();
  const perSession = sessions.map((_, session) => students.filter((_, index) => index % sessions.length === session).length);
  if (flavour.name === 'app') {
    const opened = students.map((student) => new Promise<void>((resolve) => student.once('session:state', () => resolve())));
    await Promise.all(teachers.map((teacher) => teacher.emitWithAck('item:open', { id: QUIZ })));
    await Promise.all(opened);
  }
  const complete = flavour.name === 'app' ? resultsComplete(teachers, perSession) : [];
  const cpuBeforeAnswers = await cpu();
  const acks: number[] = [];
  let lastAck = 0;
  let acked = 0;
  await Promise.all(
    students.map(
      (student, index) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            const sent = now();
            flavour
              .answer(student, index)
              .then((ok) => {
                lastAck = now();
                acks.push(lastAck - sent);
                if (ok) acked += 1;
              })
              .catch(() => undefined)
              .finally(resolve);
          }, Math.random() * BURST_MS);
        }),
    ),
  );
  const resultsAt = await Promise.all(complete);
  const cpuAfterAnswers = await cpu();
  const answersStored =
    flavour.name === 'app'
      ? (await server.ask({ type: 'count', sessionIds: sessions.map((session) => session.id) }, 'count')).answers
      : acked;
  for (const socket of [...students, ...teachers]) socket.disconnect();
  return {
    fanout: fanoutDelays,
    acks,
    answersSent: STUDENTS,
    answersAcked: acked,
    answersStored,
    resultsLagMs: resultsAt.length ? Math.max(...resultsAt) - lastAck : 0,
    joinAllMs,
    rssPerStudentKB: (after - before) / STUDENTS / 1024,
    cpuMs: { join: cpuAfterJoin - cpuBeforeJoin, fanout: cpuAfterFanout - cpuBeforeFanout, answers: cpuAfterAnswers - cpuBeforeAnswers },
  };
}

async function run(flavour: Flavour, mode: 'app' | 'bare'): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-bench-'));
  const server = await startServer(mode, dataDir);
  try {
    return await measure(flavour, server);
  } finally {
    server.child.send({ type: 'stop' } satisfies BenchRequest);
    await new Promise((resolve) => server.child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const bare = await run(bareFlavour, 'bare');
const app = await run(appFlavour(QUIZ), 'app');

const result = {
  students: STUDENTS,
  sessions: SESSIONS,
  fanoutP50Ms: round1(quantile(app.fanout, 0.5)),
  fanoutP99Ms: round1(quantile(app.fanout, 0.99)),
  bareFanoutP50Ms: round1(quantile(bare.fanout, 0.5)),
  bareFanoutP99Ms: round1(quantile(bare.fanout, 0.99)),
  ackP50Ms: round1(quantile(app.acks, 0.5)),
  ackP99Ms: round1(quantile(app.acks, 0.99)),
  bareAckP50Ms: round1(quantile(bare.acks, 0.5)),
  bareAckP99Ms: round1(quantile(bare.acks, 0.99)),
  answersSent: app.answersSent,
  answersAcked: app.answersAcked,
  answersStored: app.answersStored,
  resultsLagMs: round1(app.resultsLagMs),
  joinAllMs: round1(app.joinAllMs),
  bareJoinAllMs: round1(bare.joinAllMs),
  rssPerStudentKB: round1(app.rssPerStudentKB),
  bareRssPerStudentKB: round1(bare.rssPerStudentKB),
};

const rows: [string, number | string, number | string][] = [
  ['slide change fan-out p50 (ms)', result.fanoutP50Ms, result.bareFanoutP50Ms],
  ['slide change fan-out p99 (ms)', result.fanoutP99Ms, result.bareFanoutP99Ms],
  ['answer ack p50 (ms)', result.ackP50Ms, result.bareAckP50Ms],
  ['answer ack p99 (ms)', result.ackP99Ms, result.bareAckP99Ms],
  [
    'answers sent / acked / stored',
    `${result.answersSent} / ${result.answersAcked} / ${result.answersStored}`,
    `${bare.answersSent} / ${bare.answersAcked} / -`,
  ],
  ['results complete after last ack (ms)', result.resultsLagMs, '-'],
  ['all students joined (ms)', result.joinAllMs, result.bareJoinAllMs],
  ['server memory per student (KB)', result.rssPerStudentKB, result.bareRssPerStudentKB],
  ['server CPU: joins (ms)', Math.round(app.cpuMs.join), Math.round(bare.cpuMs.join)],
  ['server CPU: slide changes (ms)', Math.round(app.cpuMs.fanout), Math.round(bare.cpuMs.fanout)],
  ['server CPU: answers until results shown (ms)', Math.round(app.cpuMs.answers), Math.round(bare.cpuMs.answers)],
];
console.log(`\n${STUDENTS} students in ${SESSIONS} session(s), ${ROUNDS} slide changes, answers within ${BURST_MS} ms\n`);
console.log(`| ${'measure'.padEnd(44)} | ${'app'.padStart(18)} | ${'bare Socket.IO'.padStart(14)} |`);
console.log(`|${'-'.repeat(46)}|${'-'.repeat(20)}|${'-'.repeat(16)}|`);
for (const [label, mine, theirs] of rows)
  console.log(`| ${label.padEnd(44)} | ${String(mine).padStart(18)} | ${String(theirs).padStart(14)} |`);
console.log(JSON.stringify(result));
process.exit(0);

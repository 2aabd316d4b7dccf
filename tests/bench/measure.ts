import type { Socket } from 'socket.io-client';
import { now, openAndWait, type Flavour } from './clients.ts';
import type { BenchSession } from './ipc.ts';
import type { Target } from './servers.ts';

export const QUIZ = 'quiz-kosten';

export interface Load {
  students: number;
  sessions: number;
  rounds: number;
  burstMs: number;
}

export interface Figures {
  fanout: number[];
  acks: number[];
  answersAcked: number;
  answersStored: number;
  resultsLagMs: number;
  joinAllMs: number;
  rssPerStudentKB: number;
  /** Server CPU time (all nodes) spent in each phase. */
  cpuMs: { join: number; fanout: number; answers: number };
}

/** Waits until every student saw slide `index`, and returns each one's delay from the send. */
/**
 * Each simulated phone comes from an address of its own (the servers trust X-Forwarded-For here),
 * as phones on mobile data do: the per-address limits on new students are not what is measured.
 */
const studentAddress = (index: number): Record<string, string> => ({
  'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
});

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

/** When each teacher's results first count every student of its session. */
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

/** Every student answers once at a random moment within `burstMs`; the acks' delays and how many were ok. */
async function burst(flavour: Flavour, students: Socket[], burstMs: number) {
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
          }, Math.random() * burstMs);
        }),
    ),
  );
  return { acks, acked, lastAck };
}

/** One whole run against `target`: joins, slide changes, an answer burst. Teachers on the first node, students spread over all. */
export async function measure(flavour: Flavour, target: Target, load: Load): Promise<Figures> {
  const [first] = target.nodes;
  if (!first) throw new Error('no server');
  const sum = async (ask: (node: Target['nodes'][number]) => Promise<number>) =>
    (await Promise.all(target.nodes.map(ask))).reduce((a, b) => a + b, 0);
  const memory = () => sum(async (node) => (await node.ask({ type: 'memory' }, 'memory')).rss);
  const cpu = () => sum(async (node) => (await node.ask({ type: 'cpu' }, 'cpu')).ms);

  const { sessions } = await first.ask({ type: 'setup', sessions: load.sessions }, 'setup');
  const teachers = await Promise.all(
    sessions.map((session) => {
      const { auth, headers } = flavour.teacherAuth(session);
      return openAndWait(first.url, flavour.joinedEvent, auth, headers);
    }),
  );
  const before = await memory();
  const sessionOf = (index: number): BenchSession => sessions[index % sessions.length] as BenchSession;
  const nodeOf = (index: number) => target.nodes[index % target.nodes.length] ?? first;

  const cpuBeforeJoin = await cpu();
  const joinStarted = now();
  const students = await Promise.all(
    Array.from({ length: load.students }, (_, index) =>
      openAndWait(nodeOf(index).url, flavour.joinedEvent, flavour.studentAuth(sessionOf(index), index), studentAddress(index)),
    ),
  );
  const joinAllMs = now() - joinStarted;
  const cpuJoin = (await cpu()) - cpuBeforeJoin;
  const after = await memory();

  // Two unmeasured rounds first, so neither side pays for the clients' warm-up.
  for (const index of [2, 3]) await fanout(flavour, teachers, students, index);
  const cpuBeforeFanout = await cpu();
  const delays: number[] = [];
  for (let round = 0; round < load.rounds; round += 1) delays.push(...(await fanout(flavour, teachers, students, 4 + (round % 3))));
  const cpuFanout = (await cpu()) - cpuBeforeFanout;

  const perSession = sessions.map((_, session) => students.filter((_, index) => index % sessions.length === session).length);
  if (flavour.name === 'app') {
    const opened = students.map((student) => new Promise<void>((resolve) => student.once('session:state', () => resolve())));
    await Promise.all(teachers.map((teacher) => teacher.emitWithAck('item:open', { id: QUIZ })));
    await Promise.all(opened);
  }
  const complete = flavour.name === 'app' ? resultsComplete(teachers, perSession) : [];
  const cpuBeforeAnswers = await cpu();
  const { acks, acked, lastAck } = await burst(flavour, students, load.burstMs);
  const resultsAt = await Promise.all(complete);
  const cpuAnswers = (await cpu()) - cpuBeforeAnswers;
  const answersStored =
    flavour.name === 'app'
      ? (await first.ask({ type: 'count', sessionIds: sessions.map((session) => session.id) }, 'count')).answers
      : acked;
  for (const socket of [...students, ...teachers]) socket.disconnect();
  return {
    fanout: delays,
    acks,
    answersAcked: acked,
    answersStored,
    resultsLagMs: resultsAt.length ? Math.max(...resultsAt) - lastAck : 0,
    joinAllMs,
    rssPerStudentKB: (after - before) / load.students / 1024,
    cpuMs: { join: cpuJoin, fanout: cpuFanout, answers: cpuAnswers },
  };
}

import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadLiveLessons } from '../../server/live/lessons.ts';
import type { Store } from '../../server/storage/index.ts';
import { toHandshake } from '../../src/live/identity.ts';
import { emitCommand, openLiveSocket, type LiveSocket } from '../../src/live/socket.ts';
import type { CommandName, CommandPayload } from '../../src/shared/protocol/commands.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { teacherWithSession } from '../integration/live-harness.ts';
import { openPhone, waitFor, type Phone } from './phone.ts';

export const lessons = loadLiveLessons(path.resolve('lessons'));

/** A port that was free a moment ago, so a node can be started on it again after a kill. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The teacher's screen: reconnects by itself like the page, and sends commands that must succeed. */
export interface TeacherScreen {
  socket: LiveSocket;
  state(): SessionState | null;
  run<Name extends CommandName>(name: Name, payload: CommandPayload<Name>): Promise<void>;
  close(): void;
}

export function openTeacher(url: string, sessionId: string, cookie: string): TeacherScreen {
  let state: SessionState | null = null;
  const socket = openLiveSocket(url, () => toHandshake({ role: 'teacher', sessionId }), {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie },
  });
  socket.on('session:state', (payload) => (state = payload.state));
  return {
    socket,
    state: () => state,
    async run(name, payload) {
      await waitFor('the teacher connected', () => socket.connected);
      const ack = await emitCommand(socket, name, payload, 8_000);
      if (!ack.ok) throw new Error(`${name} refused: ${JSON.stringify(ack.error)}`);
    },
    close: () => socket.disconnect(),
  };
}

/** A live session of Les 2 with `count` phones joined (in waves, as a class does), the teacher on `slide` with the quiz open. */
/**
 * Each phone comes from an address of its own (the nodes run with TRUST_PROXY=1), as phones on
 * mobile data do: the per-address limits on new students are not what these tests break.
 */
const phoneAddress = (index: number): string => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;

export async function classInSession(
  store: Store<SessionState>,
  urlOf: (index: number) => string,
  count: number,
  options: { reconnectionDelayMax?: number; teacherUrl?: string } = {},
) {
  const { cookie, session } = await teacherWithSession({ store, lessons: await lessons });
  const teacher = openTeacher(options.teacherUrl ?? urlOf(-1), session.id, cookie);
  const phones: Phone[] = [];
  for (let start = 0; start < count; start += 50) {
    const wave = Array.from({ length: Math.min(50, count - start) }, (_, offset) =>
      openPhone(urlOf(start + offset), session.code, `Leerling ${start + offset + 1}`, { ...options, address: phoneAddress(start + offset) }),
    );
    phones.push(...wave);
    await waitFor('a wave of phones joined', () => wave.every((phone) => phone.participantId() !== null && phone.state() !== null));
  }
  await teacher.run('slide:goto', { index: 9 });
  await teacher.run('item:open', { id: 'quiz-kosten' });
  const open = () => teacher.state()?.openItem?.id === 'quiz-kosten';
  await waitFor('the quiz open on every phone', () => open() && phones.every((phone) => phone.state()?.openItem?.id === 'quiz-kosten'));
  return { session, cookie, teacher, phones };
}

/** Every phone's answer to the quiz, at once; returns each phone's clientAnswerId. */
export const burst = (phones: Phone[]): string[] =>
  phones.map((phone, index) => phone.answer('quiz-kosten', { kind: 'quiz', choices: [index % 3 === 0 ? 'A' : 'B'] }));

/** What the store holds for the quiz, checked against what the phones sent and were told. */
export async function checkStored(store: Store<SessionState>, sessionId: string, phones: Phone[], sent: string[], ackedEarly: Set<string>) {
  const stored = await store.listAnswers(sessionId, 'quiz-kosten');
  const ids = stored.map((answer) => answer.clientAnswerId);
  const acked = new Set(phones.flatMap((phone) => [...phone.acked]));
  return {
    stored: stored.length,
    distinctParticipants: new Set(stored.map((answer) => answer.participantId)).size,
    distinctClientIds: new Set(ids).size,
    acked: acked.size,
    lostAcked: [...acked, ...ackedEarly].filter((id) => !ids.includes(id)),
    unsent: ids.filter((id) => !sent.includes(id)),
  };
}

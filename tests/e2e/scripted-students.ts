import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { ClientToServerEvents, ServerToClientEvents, SessionStatePayload } from '../../src/shared/protocol/events.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A student on a phone the test drives over the documented protocol: a real socket.io client. */
export interface ScriptedStudent {
  name: string;
  participantId: string;
  /** The last full state the server sent this student. */
  latest(): SessionStatePayload | null;
  answer(itemId: string, value: AnswerValue): Promise<void>;
  close(): void;
}

/** Joins a live lesson as a student with the join code; resolves once the server welcomed them. */
export function scriptedStudent(baseURL: string, code: string, name: string): Promise<ScriptedStudent> {
  const socket: LiveClient = io(baseURL, {
    path: '/live',
    transports: ['websocket'],
    forceNew: true,
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'student', code, name },
  });
  let latest: SessionStatePayload | null = null;
  socket.on('session:state', (payload) => {
    if (!latest || payload.state.revision >= latest.state.revision) latest = payload;
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error) => reject(error));
    socket.once('participant:welcome', ({ participantId }) =>
      resolve({
        name,
        participantId,
        latest: () => latest,
        async answer(itemId, value) {
          const ack = (await (socket as unknown as { timeout(ms: number): { emitWithAck(...args: unknown[]): Promise<{ ok: boolean }> } })
            .timeout(10_000)
            .emitWithAck('answer:submit', { itemId, clientAnswerId: randomUUID(), value })) as { ok: boolean; error?: unknown };
          if (!ack.ok) throw new Error(`${name} could not answer ${itemId}: ${JSON.stringify(ack)}`);
        },
        close: () => socket.disconnect(),
      }),
    );
  });
}

/** A class of scripted students named Leerling 1..n, joined one after the other. */
export async function scriptedClass(baseURL: string, code: string, count: number, prefix = 'Leerling'): Promise<ScriptedStudent[]> {
  const students: ScriptedStudent[] = [];
  for (let n = 1; n <= count; n += 1) students.push(await scriptedStudent(baseURL, code, `${prefix} ${n}`));
  return students;
}

/** The teacher's own commands from the test, over a socket with the teacher's login cookie (what the panel sends). */
export async function scriptedTeacher(baseURL: string, sessionId: string, cookie: string) {
  const socket: LiveClient = io(baseURL, {
    path: '/live',
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie },
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return {
    async send(name: string, payload: unknown): Promise<void> {
      const ack = (await (socket as unknown as { timeout(ms: number): { emitWithAck(...args: unknown[]): Promise<{ ok: boolean }> } })
        .timeout(10_000)
        .emitWithAck(name, payload)) as { ok: boolean };
      if (!ack.ok) throw new Error(`teacher command ${name} refused: ${JSON.stringify(ack)}`);
    },
    close: () => socket.disconnect(),
  };
}

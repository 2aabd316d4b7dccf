import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { ClientToServerEvents, ParticipantList, ServerToClientEvents, SessionStatePayload } from '../../src/shared/protocol/events.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { applyParticipantChanges } from '../../src/shared/session/participants.ts';

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ack = { ok: boolean; error?: unknown };

/** Names as a Dutch MBO class has them; 30 of them. */
export const CLASS_NAMES = [
  'Noor',
  'Daan',
  'Sanne',
  'Milan',
  'Aya',
  'Bram',
  'Lotte',
  'Sem',
  'Yara',
  'Finn',
  'Emma',
  'Luuk',
  'Zoë',
  'Thijs',
  'Fleur',
  'Jesse',
  'Isa',
  'Ruben',
  'Lina',
  'Mohamed',
  'Sara',
  'Cem',
  'Julia',
  'Niels',
  'Elif',
  'Tim',
  'Anouk',
  'Stijn',
  'Ilse',
  'Youssef',
];

/** A student on a phone the test drives over the documented protocol: a real socket.io client. */
export interface ScriptedStudent {
  name: string;
  participantId: string;
  socket: LiveClient;
  /** The last full state the server sent this student. */
  latest(): SessionStatePayload | null;
  /** Sends an answer for the open item; resolves with the server's ack, and fails the test on a refusal. */
  answer(itemId: string, value: AnswerValue): Promise<Ack>;
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
        socket,
        latest: () => latest,
        async answer(itemId, value) {
          const ack = (await (socket as unknown as { timeout(ms: number): { emitWithAck(...args: unknown[]): Promise<{ ok: boolean }> } })
            .timeout(10_000)
            .emitWithAck('answer:submit', { itemId, clientAnswerId: randomUUID(), value })) as Ack;
          if (!ack.ok) throw new Error(`${name} could not answer ${itemId}: ${JSON.stringify(ack)}`);
          return ack;
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

/** A whole class joining at once, by name. */
export const classJoins = (baseURL: string, code: string, names: readonly string[] = CLASS_NAMES): Promise<ScriptedStudent[]> =>
  Promise.all(names.map((name) => scriptedStudent(baseURL, code, name)));

/** The teacher's own commands from the test, over a socket with the teacher's login cookie (what the panel sends). */
export async function scriptedTeacher(baseURL: string, sessionId: string, cookie: string) {
  let roster: ParticipantList = { participants: [], removed: [] };
  const socket: LiveClient = io(baseURL, {
    path: '/live',
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie },
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId },
  });
  socket.on('participants:updated', (payload) => (roster = payload));
  socket.on('participants:changed', (changes) => (roster = applyParticipantChanges(roster, changes)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return {
    socket,
    /** The id of a student in the session by name, '' while the teacher has not heard of them. */
    participantId: (name: string) => roster.participants.find((participant) => participant.name === name)?.id ?? '',
    async send(name: string, payload: unknown): Promise<void> {
      const ack = (await (socket as unknown as { timeout(ms: number): { emitWithAck(...args: unknown[]): Promise<{ ok: boolean }> } })
        .timeout(10_000)
        .emitWithAck(name, payload)) as { ok: boolean };
      if (!ack.ok) throw new Error(`teacher command ${name} refused: ${JSON.stringify(ack)}`);
    },
    close: () => socket.disconnect(),
  };
}

/** A teacher socket with the login of the teacher's page (the panel's own commands, sent from the test). */
export async function teacherOfPage(page: Page, baseURL: string, sessionId: string) {
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  return scriptedTeacher(baseURL, sessionId, cookie);
}

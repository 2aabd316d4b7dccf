import { randomUUID } from 'node:crypto';
import { io as connectClient, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';

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

export interface ScriptedStudent {
  name: string;
  socket: Socket;
  /** Sends an answer for the open item; resolves with the server's ack. */
  answer(itemId: string, value: unknown): Promise<{ ok: boolean }>;
}

/**
 * A student on a real socket.io client, joined with the documented handshake (code and name), as
 * a phone does it; resolves once the server welcomed them.
 */
export async function studentJoins(baseURL: string, code: string, name: string): Promise<ScriptedStudent> {
  const socket: Socket = connectClient(baseURL, {
    path: '/live',
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'student', code, name },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('participant:welcome', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    name,
    socket,
    answer: (itemId, value) =>
      socket.timeout(5000).emitWithAck('answer:submit', { itemId, clientAnswerId: randomUUID(), value }) as Promise<{ ok: boolean }>,
  };
}

/** A whole class joining at once. */
export const classJoins = (baseURL: string, code: string, names: readonly string[] = CLASS_NAMES): Promise<ScriptedStudent[]> =>
  Promise.all(names.map((name) => studentJoins(baseURL, code, name)));

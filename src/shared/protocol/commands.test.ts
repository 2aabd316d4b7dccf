import { describe, expect, it } from 'vitest';
import { commandSchemas, PROTOCOL_VERSION, STUDENT_COMMANDS, TEACHER_COMMANDS } from './commands.ts';
import { handshakeSchema } from './handshake.ts';

describe('command payloads', () => {
  const accepted: [keyof typeof commandSchemas, unknown][] = [
    ['answer:submit', { itemId: 'quiz-kosten', clientAnswerId: 'a1b2c3d4e5', value: { kind: 'quiz', choices: ['B'] } }],
    ['answer:submit', { itemId: 'open-1', clientAnswerId: 'Zz_-12345678', value: { kind: 'openQuestion', text: 'Als hij terugkomt.' } }],
    ['slide:goto', { index: 12 }],
    ['item:open', { id: 'quiz-kosten', allowChanges: true }],
    ['timer:addMinute', { id: 'timer-zelfstandig' }],
    ['participant:rename', { participantId: 'p1', name: 'Sam' }],
    ['participant:readmit', { participantId: 'p1' }],
  ];
  it.each(accepted)('accepts %s %j', (name, payload) => {
    expect(commandSchemas[name].safeParse(payload).success).toBe(true);
  });

  const refused: [keyof typeof commandSchemas, unknown][] = [
    ['answer:submit', { itemId: 'quiz-kosten', clientAnswerId: 'short', value: { kind: 'quiz', choices: ['B'] } }],
    ['answer:submit', { itemId: 'Quiz!', clientAnswerId: 'a1b2c3d4e5', value: { kind: 'quiz', choices: ['B'] } }],
    ['answer:submit', { itemId: 'q', clientAnswerId: 'a1b2c3d4e5', value: { kind: 'quiz', choices: ['Z'] } }],
    ['answer:submit', { itemId: 'q', clientAnswerId: 'a1b2c3d4e5', value: { kind: 'openQuestion', text: 'x'.repeat(2001) } }],
    ['answer:submit', { itemId: 'q', clientAnswerId: 'a1b2c3d4e5', value: { kind: 'quiz', choices: ['A'] }, extra: 1 }],
    ['answer:submit', null],
    ['slide:goto', { index: '3' }],
    ['slide:goto', { index: 0 }],
    ['item:close', { id: 'x' }],
    ['session:lock', {}],
    ['participant:readmit', { participantId: '' }],
    ['participant:readmit', { participantId: 'p1', name: 'Sam' }],
  ];
  it.each(refused)('refuses %s %j', (name, payload) => {
    expect(commandSchemas[name].safeParse(payload).success).toBe(false);
  });

  it('gives students only the answer command', () => {
    expect(STUDENT_COMMANDS).toEqual(['answer:submit']);
    expect(TEACHER_COMMANDS).not.toContain('answer:submit');
    expect(TEACHER_COMMANDS.length + STUDENT_COMMANDS.length).toBe(Object.keys(commandSchemas).length);
  });
});

describe('handshake', () => {
  it.each([
    [{ protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: 's1' }, true],
    [{ protocolVersion: PROTOCOL_VERSION, role: 'student', resumeToken: 'x'.repeat(43) }, true],
    [{ protocolVersion: PROTOCOL_VERSION, role: 'student', code: 'ACDEFG', name: 'Sam' }, true],
    [{ protocolVersion: PROTOCOL_VERSION + 1, role: 'teacher', sessionId: 's1' }, false],
    [{ protocolVersion: PROTOCOL_VERSION, role: 'admin', sessionId: 's1' }, false],
    [{ protocolVersion: PROTOCOL_VERSION, role: 'student', code: 'ACDEFG' }, false],
    [{ protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: 's1', participantId: 'p' }, false],
    [null, false],
  ])('%j parses: %s', (auth, valid) => {
    expect(handshakeSchema.safeParse(auth).success).toBe(valid);
  });
});

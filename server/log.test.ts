import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { createLogger, type LogLevel } from './log.ts';

function capture(level: LogLevel) {
  const lines: string[] = [];
  const log = createLogger({ level, write: (line) => lines.push(line), clock: () => Date.UTC(2026, 0, 5, 8, 30) });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON line per event with time, level, event and the fields', () => {
    const { log, lines, parsed } = capture('info');
    log.info('join_refused', { code: 'unknown_code', role: 'student' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(parsed()).toEqual([
      { time: '2026-01-05T08:30:00.000Z', level: 'info', event: 'join_refused', code: 'unknown_code', role: 'student' },
    ]);
  });

  it('leaves out what is below its level, and everything when silent', () => {
    const info = capture('warn');
    info.log.debug('a');
    info.log.info('b');
    info.log.warn('c');
    info.log.error('d');
    expect(info.parsed().map((line) => line.event)).toEqual(['c', 'd']);
    const silent = capture('silent');
    silent.log.error('e', {}, new Error('x'));
    expect(silent.lines).toEqual([]);
  });

  it('gives a server error its stack, and other lines none', () => {
    const { log, parsed } = capture('debug');
    log.error('command_failed', { command: 'slide:goto', level: 'info' }, new TypeError('boom'));
    log.warn('redis_connection_lost', { reason: 'ECONNRESET' });
    const [failed, lost] = parsed();
    expect(failed).toMatchObject({
      level: 'error',
      event: 'command_failed',
      command: 'slide:goto',
      error: { name: 'TypeError', message: 'boom' },
    });
    expect((failed?.error as { stack: string }).stack).toContain('log.test.ts');
    expect(lost).not.toHaveProperty('error');
    expect(JSON.stringify(lost)).not.toContain('stack');
  });
});

describe('LOG_LEVEL', () => {
  it('is info unless set, and stops start-up when it names no level', () => {
    expect(readConfig({}).logLevel).toBe('info');
    expect(readConfig({ LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { ackRefusal } from './commands.ts';
import { itemStatusKey, openToggleKey, studentCountKey, timerPhaseKey, timerToggleKey } from './labels.ts';

const t = translator('nl');

describe('labels', () => {
  it('counts students in Dutch, one and many', () => {
    expect(t(studentCountKey(1), { n: 1 })).toBe('1 leerling');
    expect(t(studentCountKey(0), { n: 0 })).toBe('0 leerlingen');
    expect(t(studentCountKey(28), { n: 28 })).toBe('28 leerlingen');
  });

  it('names the timer button after what it will do', () => {
    expect(['idle', 'running', 'paused', 'done'].map((phase) => t(timerToggleKey(phase as 'idle')))).toEqual([
      'Start',
      'Pauze',
      'Verder',
      'Start',
    ]);
    expect(t(timerPhaseKey('done'))).toBe('De tijd is om');
  });

  it('names the open/close button and the item status', () => {
    expect([openToggleKey(false, false), openToggleKey(true, false), openToggleKey(false, true)].map((key) => t(key))).toEqual([
      'Openen voor antwoorden',
      'Antwoorden sluiten',
      'Weer openen',
    ]);
    expect([itemStatusKey(false, false), itemStatusKey(true, true), itemStatusKey(false, true)].map((key) => t(key))).toEqual([
      'Nog niet geopend',
      'Open: leerlingen kunnen antwoorden',
      'Gesloten',
    ]);
  });

  it('keeps the refusal of a failed ack, and nothing for a good one', () => {
    expect(ackRefusal({ ok: false, error: { code: 'session_ended' } })).toEqual({ code: 'session_ended' });
    expect(ackRefusal({ ok: true, data: { revision: 3 } })).toBeNull();
  });
});

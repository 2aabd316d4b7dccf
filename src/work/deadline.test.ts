import { describe, expect, it } from 'vitest';
import { defaultDeadline, formatSchoolTime, parseDeadline, schoolDateAndTime, schoolTimeToInstant } from './deadline.ts';

describe('schoolTimeToInstant', () => {
  it.each([
    ['2025-01-14', '23:59', '2025-01-14T22:59:00.000Z'],
    ['2025-07-01', '09:00', '2025-07-01T07:00:00.000Z'],
    ['2025-03-30', '01:59', '2025-03-30T00:59:00.000Z'],
    ['2025-03-30', '03:00', '2025-03-30T01:00:00.000Z'],
    ['2025-10-26', '03:00', '2025-10-26T02:00:00.000Z'],
    ['2024-02-29', '12:00', '2024-02-29T11:00:00.000Z'],
  ])('reads %s %s on the Amsterdam clock', (date, time, iso) => {
    expect(new Date(schoolTimeToInstant(date, time) ?? 0).toISOString()).toBe(iso);
  });

  it('moves a time skipped by summer time to the hour after', () => {
    expect(new Date(schoolTimeToInstant('2025-03-30', '02:30') ?? 0).toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });

  it.each([
    ['2025-02-30', '12:00'],
    ['2025-13-01', '12:00'],
    ['2025-1-1', '12:00'],
    ['', '12:00'],
    ['2025-01-14', '24:00'],
    ['2025-01-14', '12:60'],
    ['2025-01-14', '9:00'],
    ['2025-01-14', ''],
  ])('refuses %j %j', (date, time) => {
    expect(schoolTimeToInstant(date, time)).toBeNull();
  });
});

describe('schoolDateAndTime', () => {
  it('shows an instant on the Amsterdam clock, in winter and in summer', () => {
    expect(schoolDateAndTime(Date.parse('2025-01-14T23:30:00Z'))).toEqual({ date: '2025-01-15', time: '00:30' });
    expect(schoolDateAndTime(Date.parse('2025-07-01T21:59:00Z'))).toEqual({ date: '2025-07-01', time: '23:59' });
  });

  it('round-trips with schoolTimeToInstant', () => {
    const instant = Date.parse('2025-11-03T16:45:00Z');
    const { date, time } = schoolDateAndTime(instant);
    expect(schoolTimeToInstant(date, time)).toBe(instant);
  });
});

describe('defaultDeadline', () => {
  it('is a week later at 23:59 in Amsterdam', () => {
    expect(new Date(defaultDeadline(Date.parse('2025-01-14T10:00:00Z'))).toISOString()).toBe('2025-01-21T22:59:00.000Z');
  });

  it('takes the Amsterdam date, not the UTC date, late in the evening', () => {
    // 23:30 UTC on the 14th is already the 15th in Amsterdam.
    expect(schoolDateAndTime(defaultDeadline(Date.parse('2025-01-14T23:30:00Z')))).toEqual({ date: '2025-01-22', time: '23:59' });
  });

  it('keeps 23:59 across the change to summer time', () => {
    expect(new Date(defaultDeadline(Date.parse('2025-03-25T12:00:00Z'))).toISOString()).toBe('2025-04-01T21:59:00.000Z');
  });
});

describe('parseDeadline', () => {
  const now = Date.parse('2025-01-14T10:00:00Z');

  it('accepts a moment still to come', () => {
    expect(parseDeadline('2025-01-14', '11:01', now)).toEqual({ ok: true, deadline: Date.parse('2025-01-14T10:01:00Z') });
  });

  it('refuses a moment in the past, and now itself', () => {
    expect(parseDeadline('2025-01-13', '23:59', now)).toEqual({ ok: false, error: 'past' });
    expect(parseDeadline('2025-01-14', '11:00', now)).toEqual({ ok: false, error: 'past' });
  });

  it('refuses what is not a date', () => {
    expect(parseDeadline('morgen', '23:59', now)).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('formatSchoolTime', () => {
  it('writes the Amsterdam clock in the reader language', () => {
    const instant = Date.parse('2025-01-21T22:59:00Z');
    expect(formatSchoolTime(instant, 'nl')).toMatch(/21 jan.*2025.*23:59/);
    expect(formatSchoolTime(instant, 'en')).toMatch(/21 Jan.*2025.*23:59/);
  });
});

import { describe, expect, it } from 'vitest';
import { studentRows } from './student-list.ts';

const people = [
  { id: 'a', name: 'Sanne', connected: true },
  { id: 'b', name: 'Daan', connected: false },
  { id: 'c', name: 'Aya', connected: true },
  { id: 'd', name: 'Émile', connected: true },
  { id: 'e', name: 'Bo', connected: false },
];
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('studentRows', () => {
  it('puts not-answered first (disconnected before connected), then answered (disconnected first), each by name', () => {
    const rows = studentRows(people, ['a', 'b'], '');
    expect(names(rows)).toEqual(['Bo', 'Aya', 'Émile', 'Daan', 'Sanne']);
    expect(rows.map((row) => row.standing)).toEqual(['missing', 'missing', 'missing', 'answered', 'answered']);
  });

  it('before any question: disconnected first, nobody counts as missing', () => {
    const rows = studentRows(people, null, '');
    expect(names(rows)).toEqual(['Bo', 'Daan', 'Aya', 'Émile', 'Sanne']);
    expect(new Set(rows.map((row) => row.standing))).toEqual(new Set(['none']));
  });

  it.each([
    ['em', ['Émile']],
    ['  A ', ['Daan', 'Aya', 'Sanne']],
    ['x', []],
  ])('filters on %j regardless of case and accents', (query, expected) => {
    expect(names(studentRows(people, null, query)).sort()).toEqual([...expected].sort());
  });
});

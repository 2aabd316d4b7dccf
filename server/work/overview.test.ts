import { describe, expect, it } from 'vitest';
import type { Board, BoardVersion, Feedback, Participant } from '../storage/types.ts';
import { assignmentParts } from '../../src/shared/moodboard/assignment.ts';
import { emptyBoard, type BoardDoc } from '../../src/shared/moodboard/board.ts';
import { countByStatus, partCoverage, studentWork } from './overview.ts';

const DEADLINE = 1_000_000;
const participant = (id: string, name: string, removedAt: number | null = null): Participant => ({
  id,
  sessionId: 's',
  name,
  nameKey: name.toLowerCase(),
  joinedAt: 1,
  removedAt,
});
const board = (id: string, participantId: string, startedAt: number | null, updatedAt = 500): Board => ({
  id,
  handoutId: 'h',
  participantId,
  doc: emptyBoard(),
  revision: startedAt === null ? 0 : 3,
  startedAt,
  updatedAt,
});
const version = (boardId: string, number: number, late: boolean): BoardVersion => ({
  id: `${boardId}-${number}`,
  boardId,
  number,
  doc: emptyBoard(),
  revision: number,
  handedInAt: 900,
  late,
});

const participants = [
  participant('p1', 'Sanne'),
  participant('p2', 'ahmed'),
  participant('p3', 'Bram'),
  participant('p4', 'Weg', 5),
  participant('p5', 'Chloë'),
  participant('p6', 'Daan'),
];
const boards = [board('b1', 'p1', 100, 700), board('b3', 'p3', null, 50), board('b5', 'p5', 200), board('b6', 'p6', 300)];
const versionsByBoard = new Map([
  ['b5', [version('b5', 1, false)]],
  ['b6', [version('b6', 1, false), version('b6', 2, true)]],
]);
const feedback: Feedback = { boardId: 'b5', teacherId: 't', text: 'Mooi', grade: 'G', updatedAt: 950 };
const feedbackByBoard = new Map([['b5', feedback]]);

describe('studentWork', () => {
  it('lists the students still in the session by name, with their status', () => {
    const rows = studentWork({ participants, boards, versionsByBoard, feedbackByBoard, deadline: DEADLINE, now: DEADLINE - 1 });
    expect(rows.map((row) => [row.name, row.status, row.versions, row.grade, row.hasFeedback])).toEqual([
      ['ahmed', 'notStarted', 0, null, false],
      ['Bram', 'notStarted', 0, null, false],
      ['Chloë', 'handedIn', 1, 'G', true],
      ['Daan', 'late', 2, null, false],
      ['Sanne', 'working', 0, null, false],
    ]);
  });

  it('gives the last change only once the student saved, and the board once it exists', () => {
    const rows = studentWork({ participants, boards, versionsByBoard, feedbackByBoard, deadline: DEADLINE, now: 0 });
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('Sanne')?.lastChange).toBe(700);
    expect(byName.get('Bram')?.lastChange).toBeNull();
    expect(byName.get('Bram')?.board?.id).toBe('b3');
    expect(byName.get('ahmed')?.board).toBeNull();
  });

  it('marks everybody without a hand-in late after the deadline', () => {
    const rows = studentWork({ participants, boards, versionsByBoard, feedbackByBoard, deadline: DEADLINE, now: DEADLINE + 1 });
    expect(countByStatus(rows)).toEqual({ notStarted: 0, working: 0, handedIn: 1, late: 4 });
  });
});

describe('countByStatus', () => {
  it('names every status, also the empty ones', () => {
    expect(countByStatus([])).toEqual({ notStarted: 0, working: 0, handedIn: 0, late: 0 });
    expect(countByStatus([{ status: 'working' }, { status: 'working' }, { status: 'late' }])).toEqual({
      notStarted: 0,
      working: 2,
      handedIn: 0,
      late: 1,
    });
  });
});

describe('partCoverage', () => {
  it('counts the items that cover each part', () => {
    const base = { w: 100, h: 100, rotation: 0, z: 0 };
    const doc: BoardDoc = {
      version: 1,
      explanation: '',
      items: [
        { ...base, id: 'a', x: 0, y: 0, kind: 'note', text: 'x', parts: ['deel-1', 'deel-2'] },
        { ...base, id: 'b', x: 0, y: 0, kind: 'heading', text: 'y', parts: ['deel-1'] },
      ],
    };
    const parts = assignmentParts(['Financieel', 'Sociaal', 'Structureel']);
    expect(partCoverage(doc, parts).map(({ part, items }) => [part.id, items])).toEqual([
      ['deel-1', 2],
      ['deel-2', 1],
      ['deel-3', 0],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyParticipantChanges } from './participants.ts';

const sanne = { id: 'a', name: 'Sanne', connected: true };
const noor = { id: 'b', name: 'Noor', connected: true };
const empty = { participants: [], removed: [] };

describe('applyParticipantChanges', () => {
  it.each([
    [
      'adds a newcomer at the end',
      { participants: [sanne], removed: [] },
      { participants: [noor], removed: [] },
      { participants: [sanne, noor], removed: [] },
    ],
    [
      'updates in place (disconnect, rename)',
      { participants: [sanne, noor], removed: [] },
      { participants: [{ ...sanne, name: 'Sanne B', connected: false }], removed: [] },
      { participants: [{ id: 'a', name: 'Sanne B', connected: false }, noor], removed: [] },
    ],
    [
      'moves a removed student',
      { participants: [sanne, noor], removed: [] },
      { participants: [], removed: [{ id: 'a', name: 'Sanne' }] },
      { participants: [noor], removed: [{ id: 'a', name: 'Sanne' }] },
    ],
    [
      'brings a readmitted student back',
      { participants: [noor], removed: [{ id: 'a', name: 'Sanne' }] },
      { participants: [sanne], removed: [] },
      { participants: [noor, sanne], removed: [] },
    ],
    ['changes nothing for an empty message', { participants: [sanne], removed: [] }, empty, { participants: [sanne], removed: [] }],
  ])('%s', (_name, current, changes, expected) => {
    expect(applyParticipantChanges(current, changes)).toEqual(expected);
  });
});

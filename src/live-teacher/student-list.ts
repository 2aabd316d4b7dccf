import type { ParticipantView } from '../shared/protocol/events.ts';
import { normaliseEntry } from '../shared/text.ts';

/** Where a student stands for the question the panel shows results of. */
export type StudentStanding = 'missing' | 'answered' | 'none';

export interface StudentRow extends ParticipantView {
  /** `none` while no question has been opened: there is nothing to answer yet. */
  standing: StudentStanding;
}

/** Those the teacher should look at first: without an answer, then without a connection. */
const rank = (row: StudentRow): number => (row.standing === 'missing' ? 0 : 2) + (row.connected ? 1 : 0);

/**
 * The class as the panel lists it: students whose names contain `query` (case and accents do
 * not matter), not-answered and disconnected first, then by name.
 * `answeredBy` is null while no question has been opened.
 */
export function studentRows(participants: readonly ParticipantView[], answeredBy: readonly string[] | null, query: string): StudentRow[] {
  const answered = new Set(answeredBy ?? []);
  const wanted = normaliseEntry(query);
  return participants
    .filter((participant) => wanted === '' || normaliseEntry(participant.name).includes(wanted))
    .map((participant): StudentRow => ({
      ...participant,
      standing: answeredBy === null ? 'none' : answered.has(participant.id) ? 'answered' : 'missing',
    }))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
}

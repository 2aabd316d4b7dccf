import { studentWorkCode } from '../moodboard/work-code.ts';
import type { MoodboardStore, Participant } from '../storage/types.ts';

/** A student's name with their personal work code, for the printable list. */
export interface WorkCodeRow {
  participantId: string;
  name: string;
  code: string;
}

/** The students' work codes (made the first time they are asked for), sorted by name the Dutch way. */
export async function workCodeRows(
  store: Pick<MoodboardStore, 'workCodeFor'>,
  participants: readonly Participant[],
): Promise<WorkCodeRow[]> {
  const rows = await Promise.all(
    participants.map(async (participant) => ({
      participantId: participant.id,
      name: participant.name,
      code: await store.workCodeFor(participant.id, () => studentWorkCode()),
    })),
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}

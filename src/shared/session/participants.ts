import type { ParticipantList } from '../protocol/events.ts';

/**
 * The class after a `participants:changed` message: a student in `changes.participants` is (again)
 * in the class, updated in place or added at the end; one in `changes.removed` moves to the removed.
 */
export function applyParticipantChanges(current: ParticipantList, changes: ParticipantList): ParticipantList {
  const present = new Map(current.participants.map((participant) => [participant.id, participant]));
  const removed = new Map(current.removed.map((participant) => [participant.id, participant]));
  for (const participant of changes.participants) {
    removed.delete(participant.id);
    present.set(participant.id, participant);
  }
  for (const participant of changes.removed) {
    present.delete(participant.id);
    removed.set(participant.id, participant);
  }
  return { participants: [...present.values()], removed: [...removed.values()] };
}

import { useStore } from '@nanostores/react';
import { $myAnswers, $reveals, $session } from '../../live/stores.ts';

/** A live item as this phone sees it: open or not, the student's own answer and what was revealed. */
export function useLiveItem(id: string) {
  const session = useStore($session);
  const mine = useStore($myAnswers)[id];
  const reveal = useStore($reveals)[id];
  const open = session?.openItem?.id === id;
  const mayAnswer = open && (mine === undefined || mine.status === 'refused' || session?.openItem?.allowChanges === true);
  return { open, mayAnswer, mine, reveal, wasOpened: session?.closedItems.includes(id) === true };
}

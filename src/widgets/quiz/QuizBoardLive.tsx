import { useStore } from '@nanostores/react';
import { $session } from '../../live/stores.ts';
import { boardCommand } from '../../live-board/board-stores.ts';
import type { QuizProps } from './widget.ts';
import type { DeckContext } from '../common.ts';
import QuizWidget from './QuizWidget.tsx';

/** The quiz on the board of a live lesson: "Toon antwoord" reveals it to the whole session, phones included. */
export default function QuizBoardLive(props: QuizProps & DeckContext) {
  const shown = useStore($session)?.revealed.includes(props.id) === true;
  return <QuizWidget {...props} reveal={{ shown, toggle: () => void boardCommand('answer:reveal', { id: props.id, revealed: !shown }) }} />;
}

import { useStore } from '@nanostores/react';
import { $session } from '../../live/stores.ts';
import { boardCommand } from '../../live-board/board-stores.ts';
import type { MindMapProps } from './widget.ts';
import type { DeckContext } from '../common.ts';
import MindMapWidget from './MindMapWidget.tsx';

/** The mind map on the board of a live lesson: its model answers are shown to the whole session, phones included. */
export default function MindMapBoardLive(props: MindMapProps & DeckContext) {
  const shown = useStore($session)?.modelShown.includes(props.id) === true;
  return <MindMapWidget {...props} modelControl={{ shown, toggle: () => void boardCommand('model:show', { id: props.id, shown: !shown }) }} />;
}

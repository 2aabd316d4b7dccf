import type { BoardDoc } from '../../shared/moodboard/board.ts';
import { boxOf, boxStyle, byStacking } from './geometry.ts';
import { ItemContent } from './ItemContent.tsx';

interface Props {
  doc: BoardDoc;
  /** Where an upload's image is read, e.g. `(id) => \`/api/afbeeldingen/${id}?klein\`` for thumbnails. */
  imageUrl: (uploadId: string) => string;
  /** Names the board for assistive technology, e.g. "Moodboard van Sanne". */
  label: string;
}

/**
 * A moodboard, read-only, as wide as its container with the board's aspect ratio kept. Scales
 * with CSS alone (percentages and container units), so it renders the same on the server.
 * Needs `moodboard.css`.
 */
export function BoardView({ doc, imageUrl, label }: Props) {
  return (
    <div className="mb-board mb-board-view" role="group" aria-label={label}>
      {byStacking(doc.items).map((item) => (
        <div
          key={item.id}
          className={`mb-item mb-kind-${item.kind}`}
          data-colour={item.kind === 'sticky' ? item.colour : undefined}
          style={boxStyle(boxOf(item), item.z)}
        >
          <ItemContent item={item} imageUrl={imageUrl} />
        </div>
      ))}
    </div>
  );
}

export default BoardView;

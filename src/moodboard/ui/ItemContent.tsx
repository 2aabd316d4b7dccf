import type { BoardItem } from '../../shared/moodboard/board.ts';

interface Props {
  item: BoardItem;
  imageUrl: (uploadId: string) => string;
  /** False in the editor, where a click selects the item instead of following its link. */
  linksActive?: boolean;
}

/** What an item shows, the same on the read-only board, in the editor and in the list layout. */
export function ItemContent({ item, imageUrl, linksActive = true }: Props) {
  switch (item.kind) {
    case 'heading':
      return <p className="mb-c-heading">{item.text}</p>;
    case 'note':
      return <p className="mb-c-note">{item.text}</p>;
    case 'sticky':
      return <p className="mb-c-sticky">{item.text}</p>;
    case 'image':
      return (
        <img
          className="mb-c-image"
          src={imageUrl(item.uploadId)}
          alt={item.alt}
          width={item.naturalWidth}
          height={item.naturalHeight}
          loading="lazy"
          draggable={false}
        />
      );
    case 'link':
      return (
        <p className="mb-c-link">
          {linksActive ? (
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {item.title || item.url}
            </a>
          ) : (
            <span className="mb-c-link-title">{item.title || item.url}</span>
          )}
          <span className="mb-c-url">{hostOf(item.url)}</span>
        </p>
      );
    case 'swatch':
      return (
        <div className="mb-c-swatch">
          <span className="mb-c-colour" style={{ background: item.colour }} />
          <span className="mb-c-swatch-text">
            {item.label && <span>{item.label}</span>}
            <span className="mb-c-hex">{item.colour}</span>
          </span>
        </div>
      );
    case 'answer':
      return (
        <div className="mb-c-answer">
          <p className="mb-c-question">{item.question}</p>
          <p className="mb-c-answer-text">{item.text}</p>
        </div>
      );
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A short text that names the item for assistive technology: its words, or its caption. */
export function itemText(item: BoardItem): string {
  switch (item.kind) {
    case 'heading':
    case 'note':
    case 'sticky':
      return item.text;
    case 'image':
      return item.alt;
    case 'link':
      return item.title || item.url;
    case 'swatch':
      return [item.label, item.colour].filter(Boolean).join(' ');
    case 'answer':
      return `${item.question}: ${item.text}`;
  }
}

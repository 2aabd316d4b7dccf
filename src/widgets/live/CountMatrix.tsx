import './count-matrix.css';

export interface MatrixRow {
  key: string;
  label: string;
  /** Per column, how many chose it for this row. */
  counts: number[];
  /** The right column of this row, once revealed (so the board gives nothing away before); null before. */
  rightColumn: number | null;
}

interface Props {
  caption: string;
  /** The top left heading ("Item"); an empty cell without. */
  corner?: string | undefined;
  columns: readonly string[];
  rows: readonly MatrixRow[];
  /** What a right cell says besides its colour ("(goed)"). */
  rightMark: string;
  /** In type for the back of the room, or the panel's. */
  on: 'board' | 'panel';
  /** The kind's own class, for its tests and any style of its own. */
  className: string;
}

/** How often each row went with each column (an item with a place, a left with a right item), the right cells marked in text and colour. */
export function CountMatrix({ caption, corner, columns, rows, rightMark, on, className }: Props) {
  return (
    <table className={`${on === 'board' ? 'board-matrix' : 'tl-choices tl-matrix'} ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {corner ? <th scope="col">{corner}</th> : <td />}
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.counts.map((count, column) => (
              <td key={column} data-right={row.rightColumn === column ? 'true' : undefined}>
                {count}
                {row.rightColumn === column && <span className="visually-hidden"> {rightMark}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "2 van 3 helemaal goed" above a matrix, on the board or the panel. */
export function AllRight({ text, on, className }: { text: string | null; on: 'board' | 'panel'; className: string }) {
  return <p className={`${on === 'board' ? 'board-all-right' : 'tl-all-right'} ${className}`}>{text}</p>;
}

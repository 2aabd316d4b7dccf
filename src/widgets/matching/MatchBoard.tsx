import {
  DndContext,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { pairUp, unpair, type Pairs } from './match-logic.ts';

export interface MatchBoardProps {
  /** Id prefix of the legend, the drag context and the items. */
  groupId: string;
  question: string;
  instruction?: string | undefined;
  lefts: readonly string[];
  /** The right column as shown (shuffled). */
  rights: readonly string[];
  pairs: Pairs;
  onChange(pairs: Pairs): void;
  disabled: boolean;
  /** Per left item, whether its pair is right, once that is known. */
  marks?: readonly boolean[] | undefined;
  t: Translate;
}

type Picked = { side: 'left' | 'right'; index: number } | null;

const leftKey = (groupId: string, index: number) => `${groupId}-left-${index}`;
const rightKey = (groupId: string, index: number) => `${groupId}-right-${index}`;
const indexOf = (key: string | number) => Number(String(key).split('-').at(-1));

/**
 * Two columns to match: tap (or press) an item on one side and then one on the other, or drag an
 * item from the right onto one on the left (a mouse, or a finger held still a moment, so the page
 * still scrolls). Every pair can be undone.
 */
export function MatchBoard(props: MatchBoardProps) {
  const { t, lefts, rights, pairs } = props;
  const [picked, setPicked] = useState<Picked>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const pair = (left: number, right: number) => {
    props.onChange(pairUp(pairs, left, right));
    setPicked(null);
  };
  const tapLeft = (left: number) => {
    if (picked?.side === 'right') return pair(left, picked.index);
    setPicked(picked?.side === 'left' && picked.index === left ? null : { side: 'left', index: left });
  };
  const tapRight = (right: number) => {
    if (picked?.side === 'left') return pair(picked.index, right);
    setPicked(picked?.side === 'right' && picked.index === right ? null : { side: 'right', index: right });
  };
  const dropped = ({ active, over }: DragEndEvent) => {
    if (over) pair(indexOf(over.id), indexOf(active.id));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('matching.dnd.picked', { item: rights[indexOf(active.id)] ?? '' }),
    onDragOver: ({ over }) => (over ? t('matching.dnd.over', { item: lefts[indexOf(over.id)] ?? '' }) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('matching.dnd.dropped', { item: rights[indexOf(active.id)] ?? '', target: lefts[indexOf(over.id)] ?? '' }) : undefined,
    onDragCancel: () => t('matching.dnd.cancelled'),
  };
  const pickedText =
    picked === null
      ? ''
      : picked.side === 'left'
        ? t('matching.pickedLeft', { item: lefts[picked.index] ?? '' })
        : t('matching.pickedRight', { item: rights[picked.index] ?? '' });

  return (
    <fieldset className="match-board" aria-describedby={props.instruction ? `${props.groupId}-instruction` : undefined}>
      <legend id={props.groupId} className="widget-question">
        {props.question}
      </legend>
      {props.instruction && (
        <p id={`${props.groupId}-instruction`} className="widget-instruction">
          {props.instruction}
        </p>
      )}
      <p className="match-picked" role="status">
        {pickedText}
      </p>
      <DndContext
        id={props.groupId}
        sensors={sensors}
        collisionDetection={pointerWithin}
        onDragEnd={dropped}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('matching.instruction') } }}
      >
        <div className="match-columns">
          <div>
            <h3 className="match-heading">{t('matching.lefts')}</h3>
            <ol className="match-lefts">
              {lefts.map((left, index) => (
                <LeftSlot
                  key={left}
                  id={leftKey(props.groupId, index)}
                  text={left}
                  matched={pairs[index] !== undefined && pairs[index] >= 0 ? (rights[pairs[index]] ?? null) : null}
                  picked={picked?.side === 'left' && picked.index === index}
                  mark={props.marks?.[index]}
                  disabled={props.disabled}
                  onTap={() => tapLeft(index)}
                  onUnpair={() => props.onChange(unpair(pairs, index))}
                  t={t}
                />
              ))}
            </ol>
          </div>
          <div>
            <h3 className="match-heading">{t('matching.rights')}</h3>
            <ul className="match-rights">
              {rights.map((right, index) => (
                <RightChip
                  key={right}
                  id={rightKey(props.groupId, index)}
                  text={right}
                  used={pairs.includes(index)}
                  picked={picked?.side === 'right' && picked.index === index}
                  disabled={props.disabled}
                  onTap={() => tapRight(index)}
                  t={t}
                />
              ))}
            </ul>
          </div>
        </div>
      </DndContext>
    </fieldset>
  );
}

interface LeftProps {
  id: string;
  text: string;
  matched: string | null;
  picked: boolean;
  mark: boolean | undefined;
  disabled: boolean;
  onTap(): void;
  onUnpair(): void;
  t: Translate;
}

function LeftSlot({ id, text, matched, picked, mark, disabled, onTap, onUnpair, t }: LeftProps) {
  const { setNodeRef, isOver } = useDroppable({ id, disabled });
  return (
    <li
      ref={setNodeRef}
      className="match-left"
      data-over={isOver ? 'true' : undefined}
      data-mark={mark === undefined ? undefined : mark ? 'right' : 'wrong'}
    >
      <button type="button" className="match-item" aria-pressed={picked} disabled={disabled} onClick={onTap}>
        {text}
      </button>
      <span className="match-slot">
        <span aria-hidden="true">→ </span>
        {matched ?? <span className="match-empty">{t('matching.empty')}</span>}
        {mark && <span className="visually-hidden"> {t('matching.inPlace')}</span>}
      </span>
      {matched !== null && !disabled && (
        <button type="button" className="match-unpair" aria-label={t('matching.unpair', { item: text })} onClick={onUnpair}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}

interface RightProps {
  id: string;
  text: string;
  used: boolean;
  picked: boolean;
  disabled: boolean;
  onTap(): void;
  t: Translate;
}

function RightChip({ id, text, used, picked, disabled, onTap }: RightProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, disabled });
  return (
    <li className="match-right" data-used={used ? 'true' : undefined} data-dragging={isDragging ? 'true' : undefined}>
      <button
        type="button"
        ref={setNodeRef}
        className="match-item"
        {...attributes}
        {...listeners}
        aria-pressed={picked}
        disabled={disabled}
        onClick={onTap}
        style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined}
      >
        {text}
      </button>
    </li>
  );
}

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Translate } from '../../i18n/index.ts';
import { moveItem, type Order } from './order-logic.ts';

export interface OrderListProps {
  /** Id prefix of the legend, the drag context and the items. */
  groupId: string;
  question: string;
  instruction?: string | undefined;
  /** The items as the author wrote them (the right order). */
  items: readonly string[];
  /** The order shown: authored indexes, top to bottom. */
  order: Order;
  onChange(order: Order): void;
  disabled: boolean;
  /** Per position, whether it is right, once that is known. */
  marks?: readonly boolean[] | undefined;
  t: Translate;
}

const itemKey = (groupId: string, authored: number) => `${groupId}-item-${authored}`;

/**
 * Items to put in order: each row can be dragged by its handle (finger, mouse, or the keyboard:
 * space, arrows, space, with every step announced) or moved with its up and down buttons.
 */
export function OrderList(props: OrderListProps) {
  const { t, items, order } = props;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = order.map((authored) => itemKey(props.groupId, authored));
  const positionOf = (key: UniqueIdentifier | undefined) => keys.indexOf(String(key)) + 1;
  const textOf = (key: UniqueIdentifier) => items[order[keys.indexOf(String(key))] ?? -1] ?? '';
  const total = order.length;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('ordering.dnd.picked', { item: textOf(active.id), position: positionOf(active.id), total }),
    // Over its own place (right after the pick-up) is no move: the pick-up stays what is heard.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? t('ordering.dnd.moved', { item: textOf(active.id), position: positionOf(over.id), total })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('ordering.dnd.dropped', { item: textOf(active.id), position: positionOf(over.id), total }) : undefined,
    onDragCancel: ({ active }) => t('ordering.dnd.cancelled', { item: textOf(active.id) }),
  };
  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    props.onChange(moveItem(order, keys.indexOf(String(active.id)), keys.indexOf(String(over.id))));
  };

  return (
    <fieldset className="order-list" aria-describedby={props.instruction ? `${props.groupId}-instruction` : undefined}>
      <legend id={props.groupId} className="widget-question">
        {props.question}
      </legend>
      {props.instruction && (
        <p id={`${props.groupId}-instruction`} className="widget-instruction">
          {props.instruction}
        </p>
      )}
      <DndContext
        id={props.groupId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={dropped}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('ordering.dnd.instructions') } }}
      >
        <SortableContext items={keys} strategy={verticalListSortingStrategy} disabled={props.disabled}>
          <ol className="order-items">
            {order.map((authored, position) => (
              <OrderRow
                key={keys[position]}
                id={keys[position] ?? ''}
                text={items[authored] ?? ''}
                position={position}
                last={position === total - 1}
                disabled={props.disabled}
                mark={props.marks?.[position]}
                move={(to) => props.onChange(moveItem(order, position, to))}
                t={t}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </fieldset>
  );
}

interface RowProps {
  id: string;
  text: string;
  position: number;
  last: boolean;
  disabled: boolean;
  mark: boolean | undefined;
  move(to: number): void;
  t: Translate;
}

function OrderRow({ id, text, position, last, disabled, mark, move, t }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  return (
    <li
      ref={setNodeRef}
      className="order-item"
      data-dragging={isDragging ? 'true' : undefined}
      data-mark={mark === undefined ? undefined : mark ? 'right' : 'wrong'}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="order-handle"
        {...attributes}
        {...listeners}
        aria-label={t('ordering.handle', { item: text })}
        disabled={disabled}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="order-position" aria-hidden="true">
        {position + 1}
      </span>
      <span className="order-text">
        {text}
        {mark && <span className="visually-hidden"> {t('ordering.inPlace')}</span>}
      </span>
      <span className="order-moves">
        {/* aria-disabled rather than disabled at the ends, so keyboard focus stays on the button that moved the item. */}
        <button
          type="button"
          className="order-move"
          aria-label={t('ordering.up', { item: text })}
          aria-disabled={position === 0}
          disabled={disabled}
          onClick={() => position > 0 && move(position - 1)}
        >
          <span aria-hidden="true">▲</span>
        </button>
        <button
          type="button"
          className="order-move"
          aria-label={t('ordering.down', { item: text })}
          aria-disabled={last}
          disabled={disabled}
          onClick={() => !last && move(position + 1)}
        >
          <span aria-hidden="true">▼</span>
        </button>
      </span>
    </li>
  );
}

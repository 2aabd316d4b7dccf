// Apart from widget.ts, so that phones can use it without loading zod.

/** A student's order: the authored indexes of the items, top to bottom (the right order is 0, 1, 2, ...). */
export type Order = number[];

/** Whether `order` is exactly the authored one. */
export const isRightOrder = (order: readonly number[]): boolean => order.every((item, position) => item === position);

/** Whether `order` holds each of the `count` items exactly once. */
export const isOrderOf = (order: readonly number[], count: number): boolean =>
  order.length === count && new Set(order).size === count && order.every((item) => Number.isInteger(item) && item >= 0 && item < count);

/**
 * The order a student starts from: the items shuffled the same way on every screen (seeded by the
 * widget's id, so the page and the hydrated island agree), and never already right.
 */
export function startOrder(id: string, count: number): Order {
  let seed = [...id].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7);
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 8) & 0xffff) / 0x10000;
  };
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  // Still right by chance: swap the first two, so there is always something to do.
  if (count > 1 && isRightOrder(order)) [order[0], order[1]] = [order[1] ?? 1, order[0] ?? 0];
  return order;
}

/** Moves the item at `from` to `to`, the others shifting up or down. */
export function moveItem(order: readonly number[], from: number, to: number): Order {
  const next = [...order];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** The items as a phone shows them in a live lesson: shuffled, so the page does not give the order away. */
export const shownItems = (props: { id: string; items: readonly string[] }): string[] =>
  startOrder(props.id, props.items.length).map((authored) => props.items[authored] ?? '');

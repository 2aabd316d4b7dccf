import { startOrder } from '../ordering/order-logic.ts';

// Apart from widget.ts, so that phones can use it without loading zod.

/** `pairs[i]`: the place in the shown right column matched to left item `i`, or -1 for none yet. */
export type Pairs = number[];

/** The right column as the phones show it: shuffled the same way on every screen, so no pair is given away. */
export const shownRights = (props: { id: string; pairs: readonly (readonly string[])[] }): string[] =>
  rightStart(props.id, props.pairs.length).map((authored) => props.pairs[authored]?.[1] ?? '');

/** `start[p]`: which authored pair's right text the phones show at place `p`. */
export const rightStart = (id: string, count: number): number[] => startOrder(`${id}:rechts`, count);

/** Whether every left item has a right one, each right one used once. */
export const isComplete = (pairs: readonly number[], count: number): boolean =>
  pairs.length === count && new Set(pairs).size === count && pairs.every((right) => Number.isInteger(right) && right >= 0 && right < count);

/** Pairs `left` with `right`, taking that right item away from any other left item. */
export function pairUp(pairs: readonly number[], left: number, right: number): Pairs {
  return pairs.map((current, index) => (index === left ? right : current === right ? -1 : current));
}

/** Undoes the pair of `left`. */
export const unpair = (pairs: readonly number[], left: number): Pairs => pairs.map((current, index) => (index === left ? -1 : current));

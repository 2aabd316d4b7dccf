import { z } from 'zod';
import type { LayoutDefinition } from '../definition.ts';

const noProps = z.object({}).strict();

/** Speaker notes: on the teacher's screen only. */
export const notes: LayoutDefinition<'Notes'> = { component: 'Notes', props: noProps };
/** A column of a two-columns slide. */
export const column: LayoutDefinition<'Column'> = { component: 'Column', props: noProps };

import type { KindViews } from './views.ts';

// Found by file name, so a kind's folder is all it takes (see views.ts).
const modules = import.meta.glob<{ views?: KindViews }>('./*/views.tsx', { eager: true });

/** The results views of every kind whose folder has them, by kind. */
export const KIND_VIEWS: ReadonlyMap<string, KindViews> = new Map(
  Object.values(modules).flatMap((module) => (module.views ? [[module.views.kind, module.views] as const] : [])),
);

/**
 * The MDX component of each registered name from the widget folders' `.astro` files, found by file
 * name (`../widgets/quiz/Quiz.astro` is `Quiz`). A registered name without its file stops the build
 * with the names missing; other `.astro` files in the folders are the components' own parts.
 */
export function widgetComponentsFrom<Component>(
  names: readonly string[],
  files: Record<string, { default: Component }>,
): Record<string, Component> {
  const byName = new Map(
    Object.entries(files).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1).replace(/\.astro$/, ''), module.default]),
  );
  const missing = names.filter((name) => !byName.has(name));
  if (missing.length > 0) throw new Error(`Widget components without their .astro file in src/widgets/<kind>/: ${missing.join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, byName.get(name) as Component]));
}

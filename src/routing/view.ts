/**
 * How an article is shown: in its one language, or in both at once (the URL's language first, the other
 * beside or after it, paragraph by paragraph). Part of the route; src/routing/paths.ts alone knows how it
 * sits in the URL.
 */
export const views = ['one', 'both'] as const;
export type View = (typeof views)[number];

export const defaultView: View = 'one';

export function isView(value: unknown): value is View {
  return views.some((view) => view === value);
}

// Screens are loaded when first shown (one chunk each): the first visit downloads the shell and
// the screen it opens, not every screen of every role. `lazyPage(() => import(…).then((m) =>
// m.Name))` keeps the pages' named exports; `<Suspense>` in the shell shows the loading state.
import { lazy, type LazyExoticComponent, type ReactNode } from 'react';

type Page<P> = (props: P) => ReactNode;

export function lazyPage<P extends object>(load: () => Promise<Page<P>>): LazyExoticComponent<Page<P>> {
  return lazy(async () => ({ default: await load() }));
}

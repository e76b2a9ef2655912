// A small hash router: routes are `#/units`, `#/audit?entityType=unit&entityId=…`. Hash URLs
// need no server fallback, so a reload or a bookmark of any screen works on any static host.
import { useSyncExternalStore } from 'react';

export interface Route {
  path: string;
  query: URLSearchParams;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', qs = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(qs) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}

/** Goes to an app path ("/units") or a link from the server ("/periods/12", "#/units"). */
export function navigate(to: string): void {
  const target = to.startsWith('#') ? to : `#${to.startsWith('/') ? to : `/${to}`}`;
  if (window.location.hash !== target) window.location.hash = target;
}

export function href(path: string): string {
  return `#${path}`;
}

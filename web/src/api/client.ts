// The one way the web app talks to the server: JSON in and out, the session cookie sent along,
// and the CSRF token on every state-changing request. Failures become ApiError.
import { errorFromBody, networkError } from './errors';

let csrfToken: string | null = null;

/** Remembered from GET /api/session and the login answer; cleared at logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * GET requests that index.html started before any of the app's code had loaded (the session,
 * the ranking of a results link), keyed by API path: the first call for that path takes the
 * answer instead of asking again, so the page does not wait for its scripts to start asking.
 */
export function takeEarly(path: string): Promise<Response> | undefined {
  const early = (window as { chisoEarly?: Record<string, Promise<Response> | undefined> }).chisoEarly;
  const answer = early?.[path];
  if (early && answer) delete early[path];
  return answer;
}

async function send<T>(method: Method, path: string, body?: BodyInit, json = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await ((method === 'GET' ? takeEarly(path) : undefined) ?? fetch(`/api${path}`, { method, headers, body, credentials: 'same-origin' }));
  } catch {
    throw networkError();
  }
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!res.ok) throw errorFromBody(res.status, parsed);
  return parsed as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => send<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) =>
    send<T>('POST', path, body === undefined ? undefined : JSON.stringify(body), body !== undefined),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, JSON.stringify(body), true),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, JSON.stringify(body), true),
  del: <T>(path: string) => send<T>('DELETE', path),
  /** Multipart upload; the browser sets the boundary header itself. */
  upload: <T>(path: string, form: FormData) => send<T>('POST', path, form),
};

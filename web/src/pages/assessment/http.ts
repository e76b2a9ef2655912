// Requests whose error bodies the shared client cannot keep: a 409 on saving an item carries
// both versions (`details: { mine, theirs }`), and uploads need progress events. The CSRF token
// is the one the session query holds.
import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../api/types';
import { SESSION_KEY } from '../../app/session';

export interface RawResult {
  status: number;
  body: unknown;
}

export function csrfOf(qc: QueryClient): string | null {
  return qc.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? null;
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** status 0 = the request never reached the server (offline, dropped connection). */
export async function rawJson(qc: QueryClient, method: 'PUT' | 'POST' | 'PATCH', path: string, body: unknown): Promise<RawResult> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  const csrf = csrfOf(qc);
  if (csrf) headers['x-csrf-token'] = csrf;
  try {
    const res = await fetch(`/api${path}`, { method, headers, body: JSON.stringify(body), credentials: 'same-origin' });
    return { status: res.status, body: parse(await res.text()) };
  } catch {
    return { status: 0, body: undefined };
  }
}

/** Multipart upload with progress (fetch has no upload progress). */
export function uploadWithProgress(
  qc: QueryClient,
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<RawResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = csrfOf(qc);
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded * 100) / e.total));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: parse(xhr.responseText) });
    xhr.onerror = () => resolve({ status: 0, body: undefined });
    xhr.send(form);
  });
}

/** The bilingual message of an error body, if it has one. */
export function errorMessage(body: unknown): { vi: string; en: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const err = body.error;
  if (typeof err !== 'object' || err === null || !('message' in err)) return null;
  const m = err.message;
  if (typeof m === 'object' && m !== null && 'vi' in m && 'en' in m) {
    const { vi, en } = m;
    if (typeof vi === 'string' && typeof en === 'string') return { vi, en };
  }
  return null;
}

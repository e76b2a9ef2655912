// Requests of the import screen. The upload goes through XMLHttpRequest for its progress events
// (fetch has none); everything else uses the shared client.
import { api } from '../../api/client';
import { errorFromBody, networkError, type ApiError } from '../../api/errors';
import type { ConfirmImport, ConfirmResult, ImportMatch, ImportView } from '../../../../src/shared/api/imports';

export type UploadOutcome = { ok: true; view: ImportView } | { ok: false; error: ApiError };

export function uploadDocument(file: File, csrf: string | null, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded * 100) / e.total));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, view: body as ImportView });
      else resolve({ ok: false, error: errorFromBody(xhr.status, body) });
    };
    xhr.onerror = () => resolve({ ok: false, error: networkError() });
    xhr.send(form);
  });
}

export const confirmImport = (id: string, body: ConfirmImport) => api.post<ConfirmResult>(`/imports/${encodeURIComponent(id)}/confirm`, body);
export const discardImport = (id: string) => api.post<undefined>(`/imports/${encodeURIComponent(id)}/discard`);
export const matchForPeriod = (id: string, periodId: string) => api.get<ImportMatch>(`/imports/${encodeURIComponent(id)}/match`, { periodId });

// Saves a server document as a file: fetch → blob → a[download]. A plain link would navigate
// to the JSON error on a refusal; fetching first lets the form show the error on its field.
import { errorFromBody, networkError } from './errors';

/** The file name the server gave (Content-Disposition), or `fallback`. */
export function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Downloads `url` and hands it to the browser as a saved file; throws an ApiError on refusal. */
export async function saveDownload(url: string, fallback: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw errorFromBody(res.status, body);
  }
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res, fallback);
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the browser's download; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** `url` with the non-empty `params` as its query string (none when all are blank). */
export function withQuery(url: string, params: Readonly<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.size > 0 ? `${url}?${q}` : url;
}

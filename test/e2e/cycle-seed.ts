// HTTP helpers for the cycle test and the results bench: log in as a demo account and call the
// API the way the web app does (session cookie + CSRF header). Used to prepare what the browser
// part does not exercise (answering most items, appraising the rest), never to fake a server.
import type { ItemInput } from '../../src/shared/api/assessments';

export interface ApiSession {
  base: string;
  cookie: string;
  csrf: string;
  user: { id: string; unitId: string | null; unitName: string | null };
}

export async function apiLogin(base: string, username: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${base}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: ApiSession['user']; csrfToken: string };
  const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie') ?? ''])
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie, csrf: body.csrfToken, user: body.user };
}

export async function call<T>(s: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${s.base}/api${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface LeafNode {
  id: string;
  code: string | null;
  max: string;
  leaf: { expectedInput: ItemInput['type']; levels: { id: string; points: string }[]; scoredBy: string } | null;
}

export interface AssessmentInfo {
  assessment: { id: string; dataStart: string; status: string };
  framework: { nodes: LeafNode[] };
  items: { nodeId: string; version: number; input: ItemInput | null }[];
}

/** An answer every rubric accepts: the best level, a date in the window, 19/20, nothing failed… */
export function goodInput(leaf: NonNullable<LeafNode['leaf']>, max: string, dataStart: string): ItemInput {
  switch (leaf.expectedInput) {
    case 'level': {
      const best = [...leaf.levels].sort((a, b) => Number(b.points) - Number(a.points))[0];
      return { type: 'level', level: best?.id ?? '' };
    }
    case 'date':
      return { type: 'date', date: dataStart.replace(/-\d{2}$/, '-15') };
    case 'ratio':
      return { type: 'ratio', numerator: 19, denominator: 20 };
    case 'count':
      return { type: 'count', count: 0 };
    case 'checklist':
      return { type: 'checklist', checked: leaf.levels.map((l) => l.id) };
    case 'yes-no':
      return { type: 'yes-no', value: true };
    case 'manual':
      return { type: 'manual', points: max };
  }
}

/** Answers every unit-scored leaf not yet answered, except `skip` (left for the browser). */
export async function answerAll(s: ApiSession, periodId: string, unitId: string, skip: Set<string>): Promise<AssessmentInfo> {
  const path = `/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/assessment`;
  const view = await call<AssessmentInfo>(s, 'GET', path);
  const items = new Map(view.items.map((i) => [i.nodeId, i]));
  for (const node of view.framework.nodes) {
    if (!node.leaf || node.leaf.scoredBy !== 'unit' || skip.has(node.code ?? '')) continue;
    const item = items.get(node.id);
    if (item?.input) continue;
    await call(s, 'PUT', `/assessments/${encodeURIComponent(view.assessment.id)}/items/${encodeURIComponent(node.id)}`, {
      baseVersion: item?.version ?? 0,
      input: goodInput(node.leaf, node.max, view.assessment.dataStart),
      note: 'Đơn vị đã thực hiện đầy đủ, có văn bản kèm theo.',
    });
  }
  return call<AssessmentInfo>(s, 'GET', path);
}

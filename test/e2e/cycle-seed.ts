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
  leaf: { expectedInput: ItemInput['type']; levels: { id: string; points: string }[]; scoredBy: string; deadline: string | null } | null;
}

export interface AssessmentInfo {
  assessment: { id: string; dataStart: string; status: string };
  framework: { nodes: LeafNode[] };
  items: { nodeId: string; version: number; input: ItemInput | null }[];
}

/** Answers a rubric should accept, best first: the top level, a date on time, 19/20, nothing failed… */
export function candidateInputs(leaf: NonNullable<LeafNode['leaf']>, max: string, dataStart: string): ItemInput[] {
  switch (leaf.expectedInput) {
    case 'level': {
      const sorted = [...leaf.levels].sort((a, b) => Number(b.points) - Number(a.points));
      return sorted.map((l) => ({ type: 'level', level: l.id }));
    }
    case 'date':
      return [...(leaf.deadline ? [leaf.deadline] : []), dataStart, dataStart.replace(/-\d{2}$/, '-15'), null].map((date) => ({ type: 'date', date }));
    case 'ratio':
      return [{ type: 'ratio', numerator: 19, denominator: 20 }, { type: 'ratio', numerator: 1, denominator: 1 }];
    case 'count':
      return [{ type: 'count', count: 0 }, { type: 'count', count: 1 }];
    case 'checklist':
      return [{ type: 'checklist', checked: leaf.levels.map((l) => l.id) }, { type: 'checklist', checked: [] }];
    case 'yes-no':
      return [{ type: 'yes-no', value: true }, { type: 'yes-no', value: false }];
    case 'manual':
      return [{ type: 'manual', points: max }, { type: 'manual', points: '0' }];
  }
}

/**
 * Answers every unit-scored leaf not yet answered, except the first leaf of each code in `skip`
 * (left for the browser; codes repeat across fields). An input the rubric refuses is replaced by
 * the next candidate.
 */
export async function answerAll(s: ApiSession, periodId: string, unitId: string, skip: Set<string>): Promise<AssessmentInfo> {
  const path = `/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/assessment`;
  const view = await call<AssessmentInfo>(s, 'GET', path);
  const items = new Map(view.items.map((i) => [i.nodeId, i]));
  const skipped = new Set<string>();
  for (const node of view.framework.nodes) {
    if (!node.leaf || node.leaf.scoredBy !== 'unit') continue;
    const code = node.code ?? '';
    if (skip.has(code) && !skipped.has(code)) {
      skipped.add(code);
      continue;
    }
    const item = items.get(node.id);
    if (item?.input) continue;
    let version = item?.version ?? 0;
    for (const input of candidateInputs(node.leaf, node.max, view.assessment.dataStart)) {
      const saved = await call<{ version: number; errors: unknown[] }>(s, 'PUT', `/assessments/${encodeURIComponent(view.assessment.id)}/items/${encodeURIComponent(node.id)}`, {
        baseVersion: version,
        input,
        note: 'Đơn vị đã thực hiện đầy đủ, có văn bản kèm theo.',
      });
      version = saved.version;
      if (saved.errors.length === 0) {
        version = -1;
        break;
      }
    }
    if (version >= 0) {
      // No input is accepted (e.g. a deadline rubric without a deadline in the demo set): the
      // unit records the item as not applicable, with its reason, as a real unit would.
      await call(s, 'PUT', `/assessments/${encodeURIComponent(view.assessment.id)}/items/${encodeURIComponent(node.id)}`, {
        baseVersion: version,
        input: null,
        na: { reason: 'Bộ tiêu chí chưa quy định thời hạn để chấm tiêu chí này.' },
      });
    }
  }
  return call<AssessmentInfo>(s, 'GET', path);
}

/** Points and a comment the appraiser gives instead of the unit's own answer. */
export interface AppraisalOverride {
  points: string;
  comment: string;
}

/**
 * The appraiser scores every item of the period's queue not yet appraised: as the unit declared
 * (its input, or its points where it typed points), unless `override` returns other points for
 * the item.
 */
export async function appraiseQueue(
  appraiser: ApiSession,
  periodId: string,
  override: (item: { nodeId: string; max: string }) => AppraisalOverride | null = () => null,
): Promise<void> {
  const queue = await call<{ items: { assessmentId: string; nodeId: string; state: string; max: string }[] }>(appraiser, 'GET', `/periods/${encodeURIComponent(periodId)}/appraisal/queue`);
  for (const q of queue.items.filter((i) => i.state !== 'appraised')) {
    const path = `/assessments/${encodeURIComponent(q.assessmentId)}/appraisal/items/${encodeURIComponent(q.nodeId)}`;
    const v = await call<{ version: number; self: { input: { type: string } | null; points: string | null } }>(appraiser, 'GET', path);
    const other = override(q);
    const body = other ?? {
      ...(v.self.input && v.self.input.type !== 'manual' ? { input: v.self.input } : { points: v.self.points ?? q.max }),
      comment: 'Thống nhất với kết quả tự đánh giá.',
    };
    await call(appraiser, 'PUT', path, { baseVersion: v.version, ...body });
  }
}

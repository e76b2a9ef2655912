// Helpers for the self-assessment HTTP tests (demo province, demo period, test criteria set:
// 1.1 yes-no max 2, 1.2 proportional max 4, 2.1 manual max 4).
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from '../../../test/support/app';

export interface Demo {
  periodId: string;
  unitId: string;
  assessmentId: string;
  editor: Session;
  leader: Session;
  organiser: Session;
}

export async function openDemo(t: TestApp): Promise<Demo> {
  const editor = await t.login('bientap');
  const leader = await t.login('lanhdao');
  const organiser = await t.login('noivu');
  const me = (await t.inject(editor, 'GET', '/api/session')).json<{ user: { unitId: string } }>();
  const periods = (await t.inject(organiser, 'GET', '/api/periods')).json<{ id: string; status: string }[]>();
  const periodId = periods.find((p) => p.status === 'open')!.id;
  const view = await t.inject(editor, 'GET', `/api/periods/${periodId}/units/${me.user.unitId}/assessment`);
  if (view.statusCode !== 200) throw new Error(`view ${view.statusCode} ${view.body}`);
  return { periodId, unitId: me.user.unitId, assessmentId: view.json<{ assessment: { id: string } }>().assessment.id, editor, leader, organiser };
}

export function save(t: TestApp, s: Session, assessmentId: string, nodeId: string, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return t.inject(s, 'PUT', `/api/assessments/${assessmentId}/items/${nodeId}`, body);
}

export function multipart(parts: { name: string; value: Buffer | string; filename?: string }[]): { body: Buffer; contentType: string } {
  const boundary = '----chisoEvidenceBoundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename !== undefined ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function upload(t: TestApp, s: Session, assessmentId: string, filename: string, content: Buffer, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'file', value: content, filename }]);
  return t.app.inject({
    method: 'POST',
    url: `/api/assessments/${assessmentId}/evidence`,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': contentType },
    payload: body,
  });
}

/** A small but real PDF header followed by distinct bytes. */
export function pdfBytes(tag: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'latin1');
}

// Helpers for the self-assessment HTTP tests (demo province, demo period, test criteria set:
// 1.1 yes-no max 2, 1.2 proportional max 4, 2.1 manual max 4).
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from '../../../test/support/app';
import { postFile } from '../../../test/support/upload';

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

export function upload(t: TestApp, s: Session, assessmentId: string, filename: string, content: Buffer, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return postFile(t, s, `/api/assessments/${assessmentId}/evidence`, { filename, content }, fields);
}

/** A small but real PDF header followed by distinct bytes. */
export function pdfBytes(tag: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'latin1');
}

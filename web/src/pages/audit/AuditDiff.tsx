// Before/after of one audit entry as a field-by-field table; changed fields stand out.
import { Table, Typography } from 'antd';
import { useT } from '../../i18n';

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : v === null || v === undefined ? {} : { value: v };
}

/** A readable name for the item an entry is about, from its snapshot: "SO-NV Sở Nội vụ", "noivu". */
export function snapshotLabel(v: unknown): string | null {
  const r = asRecord(v);
  const text = (k: string) => {
    const v = r[k];
    return typeof v === 'string' ? v : null;
  };
  const name = text('name') ?? text('displayName');
  const code = text('code') ?? text('username');
  if (code && name) return `${code} — ${name}`;
  return name ?? code;
}

export function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '∅';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function diffRows(before: unknown, after: unknown): Row[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((field) => ({ field, before: b[field], after: a[field], changed: show(b[field]) !== show(a[field]) }));
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffRows(before, after);
  const changed = rows.filter((r) => r.changed);
  const cell = (v: unknown, tone: 'danger' | 'success', changedRow: boolean) =>
    v === undefined ? null : changedRow ? (
      <Typography.Text type={tone} delete={tone === 'danger'} code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {show(v)}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {show(v)}
      </Typography.Text>
    );
  if (rows.length === 0 || changed.length === 0) return <Typography.Text type="secondary">{t.audit.noChanges}</Typography.Text>;
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      dataSource={[...changed, ...rows.filter((r) => !r.changed)]}
      columns={[
        { title: t.audit.field, dataIndex: 'field', width: 200, render: (f: string, r) => (r.changed ? <strong>{f}</strong> : f) },
        { title: t.audit.before, key: 'before', render: (_: unknown, r) => cell(r.before, 'danger', r.changed) },
        { title: t.audit.after, key: 'after', render: (_: unknown, r) => cell(r.after, 'success', r.changed) },
      ]}
    />
  );
}

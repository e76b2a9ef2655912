// Small pieces both the import preview and the criteria-set viewer show: citations as
// structured chips, rubric levels as readable rules, findings placed on a row, the code column
// and the evidence hint of a criterion.
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { CitationView } from '../../../../src/shared/api/common';
import { formatDate } from '../../components/format';
import { useLocale } from '../../i18n';
import { fmtPoints, useIM } from './messages';

/** "Kế hoạch 67/KH-UBND · 10/01/2022 · UBND huyện", the subject on hover. */
export function CitationChips({ citations }: { citations: CitationView[] }) {
  const { locale } = useLocale();
  if (citations.length === 0) return null;
  return (
    <Flex gap={4} wrap style={{ marginTop: 4 }}>
      {citations.map((c, i) => {
        const parts = [[c.kind, c.number].filter(Boolean).join(' '), c.date ? formatDate(c.date, locale) : null, c.issuer].filter(Boolean);
        return (
          <Tooltip key={`${c.number}-${i}`} title={c.subject ?? c.text}>
            <Tag color="geekblue" data-testid="citation-chip" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
              {parts.join(' · ')}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}

export function RubricLines({ rubric }: { rubric: { vi: string[]; en: string[] } | null }) {
  const { locale } = useLocale();
  const m = useIM();
  if (!rubric || rubric[locale].length === 0) return null;
  return (
    <div data-testid="rubric-lines" style={{ marginTop: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.rubric}:
      </Typography.Text>
      <ul style={{ margin: '2px 0 0', paddingInlineStart: 18, fontSize: 13 }}>
        {rubric[locale].map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export interface RowFinding {
  rule: string;
  message: { vi: string; en: string };
  stated: number | string | null;
  computed: number | string | null;
}

export function FindingTags({ findings }: { findings: RowFinding[] }) {
  const { locale } = useLocale();
  const m = useIM();
  if (findings.length === 0) return null;
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }}>
      {findings.map((f, i) => (
        <Typography.Text key={i} type="danger" data-testid="row-finding" style={{ fontSize: 13 }}>
          <WarningOutlined /> <Tag color="red">{f.rule}</Tag>
          {f.message[locale]}
          {f.stated !== null && f.computed !== null && f.rule.endsWith('mismatch') ? ` (${m.stated} ${fmtPoints(f.stated, locale)} · ${m.computed} ${fmtPoints(f.computed, locale)})` : ''}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Findings by the row they are about (a finding about the whole document has no node). */
export function findingsByNode<F extends { nodeId?: string | null }>(findings: readonly F[]): Map<string, F[]> {
  const map = new Map<string, F[]>();
  for (const f of findings) if (f.nodeId) map.set(f.nodeId, [...(map.get(f.nodeId) ?? []), f]);
  return map;
}

/** The code column of a criteria tree. Deep codes (6.6.3) plus the tree's indent need room; a code never wraps. */
export function codeColumn(title: string) {
  return { title, dataIndex: 'code', width: 160, render: (c: string | null) => <strong style={{ whiteSpace: 'nowrap' }}>{c}</strong> };
}

/** "Tài liệu kiểm chứng: …" under a criterion's name. */
export function EvidenceHint({ text }: { text: string | null | undefined }) {
  const m = useIM();
  if (!text) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
      {m.evidenceHint}: {text}
    </Typography.Paragraph>
  );
}

/** Nested rows for an antd Table from a flat list in document order. */
export function nest<T extends { id: string; parentId: string | null }>(flat: T[]): (T & { key: string; children?: (T & { key: string })[] })[] {
  type Row = T & { key: string; children?: Row[] };
  const byId = new Map<string, Row>();
  const roots: Row[] = [];
  for (const n of flat) {
    const row: Row = { ...n, key: n.id };
    byId.set(n.id, row);
    const parent = n.parentId === null ? undefined : byId.get(n.parentId);
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

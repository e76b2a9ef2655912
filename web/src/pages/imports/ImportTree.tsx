// The parsed tree of an imported document: one row per field / criterion / sub-criterion with its
// figures, explanation with citation chips, rubric rules, and the findings about that row.
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { ImportNodeView, ImportView } from '../../../../src/shared/api/imports';
import { useLocale } from '../../i18n';
import { fmtPoints, useIM } from './messages';
import { CitationChips, codeColumn, EvidenceHint, FindingTags, findingsByNode, nest, RubricLines } from './parts';

type Row = ImportNodeView & { key: string; children?: Row[] };

export function ImportTree({ view }: { view: ImportView }) {
  const m = useIM();
  const { locale } = useLocale();
  const data = useMemo(() => nest(view.nodes) as Row[], [view.nodes]);
  const findingsOf = useMemo(() => findingsByNode(view.findings), [view.findings]);
  const has = (k: 'self' | 'appraisal' | 'lost') => view.nodes.some((n) => n[k] !== null);
  const remediation = view.kind === 'remediation';
  const num = (k: 'max' | 'self' | 'appraisal' | 'lost', title: string) => ({
    title,
    dataIndex: k,
    width: 90,
    align: 'right' as const,
    render: (v: number | null) => fmtPoints(v, locale),
  });
  const columns: ColumnsType<Row> = [
    codeColumn(m.code),
    {
      title: m.name,
      dataIndex: 'name',
      render: (_: string, r) => (
        <div>
          <span style={{ fontWeight: r.leaf ? 400 : 600 }}>{r.name}</span>
          <RubricLines rubric={r.rubric} />
          {view.kind === 'framework' ? <EvidenceHint text={r.explanation} /> : null}
          <FindingTags findings={findingsOf.get(r.id) ?? []} />
        </div>
      ),
    },
    num('max', m.max),
    ...(has('self') ? [num('self', m.self)] : []),
    ...(has('appraisal') ? [num('appraisal', m.appraisal)] : []),
    ...(has('lost') ? [num('lost', m.lost)] : []),
  ];
  if (view.kind !== 'framework') {
    columns.push({
      title: remediation ? m.solution : m.explanation,
      key: 'explanation',
      width: '34%',
      render: (_: unknown, r) => (
        <div style={{ fontSize: 13 }}>
          <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{remediation ? (r.solution ?? r.explanation) : r.explanation}</div>
          {remediation && (r.lead || r.timeframe) ? (
            <Typography.Text type="secondary">
              {[r.lead ? `${m.lead}: ${r.lead}` : null, r.timeframe ? `${m.timeframe}: ${r.timeframe}` : null].filter(Boolean).join(' · ')}
            </Typography.Text>
          ) : null}
          <CitationChips citations={r.citations} />
        </div>
      ),
    });
  }
  return (
    <Table<Row>
      data-testid="import-tree"
      size="small"
      columns={columns}
      dataSource={data}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      rowClassName={(r) => ((findingsOf.get(r.id)?.length ?? 0) > 0 ? 'chiso-row-finding' : '')}
      onRow={(r) => ({ 'data-code': r.code ?? '', 'data-finding': (findingsOf.get(r.id)?.length ?? 0) > 0 ? 'yes' : 'no' }) as React.HTMLAttributes<HTMLElement>}
      scroll={{ x: 900 }}
    />
  );
}

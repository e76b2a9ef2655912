// Criteria sets: the list (GET /api/frameworks, with what the validator finds in each) and one
// set's tree (GET /api/frameworks/:id/outline) with max, rubric levels as the server words them,
// evidence hints, who scores, and findings on their rows. Route: #/frameworks[/<id>].
import { Alert, Button, Card, Descriptions, Flex, List, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FrameworkOutline, FrameworkOutlineNode } from '../../../../src/shared/api/frameworks';
import { api } from '../../api/client';
import { useFrameworks, useUnitTypes } from '../../api/queries';
import type { FrameworkSummary } from '../../api/types';
import { canSee } from '../../app/access';
import { navigate, useRoute } from '../../app/router';
import { useUser } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useBi, useLocale } from '../../i18n';
import { fmtPoints, useIM } from '../imports/messages';
import { codeColumn, EvidenceHint, FindingTags, findingsByNode, nest, RubricLines } from '../imports/parts';
import '../imports/imports.css';

export function FrameworksPage() {
  const { path } = useRoute();
  const id = path.split('/')[2];
  return id ? <FrameworkDetail key={id} id={decodeURIComponent(id)} /> : <FrameworkList />;
}

function useUnitTypeName(): (id: string) => string {
  const types = useUnitTypes();
  const bi = useBi();
  return (id) => {
    const t = types.data?.find((u) => u.id === id);
    return t ? bi(t.name) : id;
  };
}

function FrameworkList() {
  const m = useIM();
  const { locale } = useLocale();
  const user = useUser();
  const list = useFrameworks();
  const typeName = useUnitTypeName();
  const columns: ColumnsType<FrameworkSummary> = [
    { title: m.fwName, dataIndex: 'name', render: (n: string) => <strong>{n}</strong> },
    { title: m.unitType, dataIndex: 'unitType', width: 200, render: typeName },
    { title: m.year, dataIndex: 'year', width: 80 },
    { title: m.version, dataIndex: 'version', width: 90 },
    { title: m.leaves, dataIndex: 'leafCount', width: 130, align: 'right' },
    { title: m.max, dataIndex: 'max', width: 100, align: 'right', render: (v: string) => fmtPoints(v, locale) },
    {
      title: m.findingsShort,
      key: 'findings',
      width: 200,
      render: (_: unknown, f) =>
        !f.findings || f.findings.errors + f.findings.warnings === 0 ? (
          <Tag color="green">{m.clean}</Tag>
        ) : (
          <Space size={4} wrap>
            {f.findings.errors > 0 ? <Tag color="red">{m.errors(f.findings.errors)}</Tag> : null}
            {f.findings.warnings > 0 ? <Tag color="orange">{m.warningsN(f.findings.warnings)}</Tag> : null}
          </Space>
        ),
    },
  ];
  return (
    <>
      <PageTitle
        title={m.frameworks}
        extra={canSee(user.role, 'imports') ? <Button onClick={() => navigate('/imports')}>{m.importLink}</Button> : null}
      />
      <QueryState loading={list.isPending} error={list.error} retry={() => void list.refetch()}>
        <Table<FrameworkSummary>
          data-testid="framework-list"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          rowClassName={() => 'chiso-row'}
          className="chiso-table"
          onRow={(f) => ({ onClick: () => navigate(`/frameworks/${encodeURIComponent(f.id)}`), 'data-id': f.id }) as React.HTMLAttributes<HTMLElement>}
          scroll={{ x: 900 }}
        />
      </QueryState>
    </>
  );
}

type Row = FrameworkOutlineNode & { key: string; children?: Row[] };

function FrameworkDetail({ id }: { id: string }) {
  const m = useIM();
  const bi = useBi();
  const { locale } = useLocale();
  const typeName = useUnitTypeName();
  const outline = useQuery({ queryKey: ['framework-outline', id], queryFn: () => api.get<FrameworkOutline>(`/frameworks/${encodeURIComponent(id)}/outline`) });
  const fw = outline.data;
  const data = useMemo(() => (fw ? (nest(fw.nodes) as Row[]) : []), [fw]);
  const findingsOf = useMemo(() => findingsByNode(fw?.findings ?? []), [fw]);
  const columns: ColumnsType<Row> = [
    codeColumn(m.code),
    {
      title: m.name,
      dataIndex: 'name',
      render: (_: string, r) => (
        <div>
          <span style={{ fontWeight: r.leaf ? 400 : 600 }}>{r.name}</span>
          {r.leaf && r.scoredBy !== 'unit' ? <Tag style={{ marginInlineStart: 8 }}>{m.scoredBy[r.scoredBy]}</Tag> : null}
          <RubricLines rubric={r.rubric} />
          <EvidenceHint text={r.evidence} />
          <FindingTags findings={findingsOf.get(r.id) ?? []} />
        </div>
      ),
    },
    { title: m.max, dataIndex: 'max', width: 100, align: 'right', render: (v: string) => fmtPoints(v, locale) },
  ];
  return (
    <>
      <PageTitle title={fw?.name ?? m.frameworks} extra={<Button onClick={() => navigate('/frameworks')}>{m.back}</Button>} />
      <QueryState loading={outline.isPending} error={outline.error} retry={() => void outline.refetch()}>
        {fw ? (
          <Flex vertical gap={16} data-testid="framework-detail">
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
                <Descriptions.Item label={m.unitType}>{typeName(fw.unitType)}</Descriptions.Item>
                <Descriptions.Item label={m.year}>{fw.year}</Descriptions.Item>
                <Descriptions.Item label={m.version}>{fw.version}</Descriptions.Item>
                <Descriptions.Item label={m.max}>{fmtPoints(fw.max, locale)}</Descriptions.Item>
                {fw.source ? <Descriptions.Item label={m.source}>{fw.source}</Descriptions.Item> : null}
              </Descriptions>
            </Card>
            {fw.findings.length === 0 ? (
              <Alert type="success" showIcon message={m.noFindings} />
            ) : (
              <Card size="small" title={m.findingCount(fw.findings.length)} data-testid="framework-findings">
                <List
                  size="small"
                  dataSource={fw.findings}
                  renderItem={(f) => (
                    <List.Item>
                      <Space wrap>
                        <Tag color={f.severity === 'error' ? 'red' : 'orange'}>{f.rule}</Tag>
                        <strong>{f.code ?? m.total}</strong>
                        <span>{bi(f.message)}</span>
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <Card styles={{ body: { padding: 0 } }}>
              <Table<Row>
                data-testid="framework-tree"
                size="small"
                columns={columns}
                dataSource={data}
                pagination={false}
                expandable={{ defaultExpandAllRows: true }}
                rowClassName={(r) => ((findingsOf.get(r.id)?.length ?? 0) > 0 ? 'chiso-row-finding' : '')}
                scroll={{ x: 700 }}
              />
            </Card>
          </Flex>
        ) : null}
      </QueryState>
    </>
  );
}

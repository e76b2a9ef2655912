// Units: search and filter, create and edit in a dialog, import from a spreadsheet.
import { Button, Flex, Input, Select, Tag } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useUnitTypes, useUnits } from '../../api/queries';
import type { Unit } from '../../api/types';
import { canManage } from '../../app/access';
import { navigate } from '../../app/router';
import { useUser } from '../../app/session';
import { fold } from '../../components/fold';
import { KeyboardTable } from '../../components/KeyboardTable';
import { useReturnFocus } from '../../components/returnFocus';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useBi, useT } from '../../i18n';
import { UnitFormDialog } from './UnitFormDialog';
import { UnitImportDialog } from './UnitImportDialog';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: Unit } | null;

export function UnitsPage() {
  const t = useT();
  const bi = useBi();
  const user = useUser();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<string | undefined>(undefined);
  const [active, setActive] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const types = useUnitTypes();
  const units = useUnits(type, active);
  const allUnits = useUnits();
  const manage = canManage(user.role);
  const focus = useReturnFocus();
  const edit = (next: Editing) => {
    if (next) focus.remember();
    setEditing(next);
  };

  const typeName = (id: string) => {
    const found = types.data?.find((x) => x.id === id);
    return found ? bi(found.name) : id;
  };
  const byId = useMemo(() => new Map((allUnits.data ?? []).map((u) => [u.id, u])), [allUnits.data]);
  const rows = useMemo(() => {
    const q = fold(search.trim());
    const list = units.data ?? [];
    return q ? list.filter((u) => fold(`${u.code} ${u.name}`).includes(q)) : list;
  }, [units.data, search]);

  return (
    <div data-testid="units-page">
      <PageTitle
        title={t.units.title}
        extra={
          manage ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="units-import">
                {t.units.import}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => edit({ mode: 'create' })} data-testid="units-add">
                {t.units.add}
              </Button>
            </>
          ) : null
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t.units.searchPlaceholder}
          aria-label={t.units.searchPlaceholder}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
          data-testid="units-search"
        />
        <Select
          allowClear
          aria-label={t.units.type}
          placeholder={t.units.type}
          value={type}
          onChange={setType}
          style={{ width: 220 }}
          options={(types.data ?? []).map((x) => ({ value: x.id, label: bi(x.name) }))}
        />
        <Select
          allowClear
          aria-label={t.units.status}
          placeholder={t.units.status}
          value={active}
          onChange={setActive}
          style={{ width: 200 }}
          options={[
            { value: 'true', label: t.common.active },
            { value: 'false', label: t.common.inactive },
          ]}
        />
      </Flex>
      <QueryState loading={false} error={units.error} retry={() => void units.refetch()}>
        <KeyboardTable<Unit>
          rowKey="id"
          size="middle"
          loading={units.isFetching}
          dataSource={rows}
          rowLabel={(u) => `${u.code} ${u.name}`}
          onOpen={manage ? (u) => edit({ mode: 'edit', unit: u }) : undefined}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          footer={() => <span data-testid="units-count">{t.units.count(rows.length)}</span>}
          scroll={{ x: 760 }}
          columns={[
            { title: t.units.code, dataIndex: 'code', width: 170, sorter: (a, b) => a.code.localeCompare(b.code) },
            { title: t.units.name, dataIndex: 'name', width: 280, sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
            { title: t.units.type, dataIndex: 'type', width: 190, render: (v: string) => typeName(v) },
            {
              title: t.units.parent,
              dataIndex: 'parentId',
              width: 220,
              render: (v: string | null) => (v ? (byId.get(v)?.name ?? v) : ''),
            },
            {
              title: t.units.status,
              dataIndex: 'active',
              width: 160,
              render: (v: boolean) => (v ? <Tag color="green">{t.common.active}</Tag> : <Tag>{t.common.inactive}</Tag>),
            },
            ...(manage
              ? [
                  {
                    title: t.common.actions,
                    key: 'history',
                    width: 110,
                    render: (_: unknown, u: Unit) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => navigate(`/audit?entityType=unit&entityId=${encodeURIComponent(u.id)}`)}
                      >
                        {t.common.history}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      {editing ? (
        <UnitFormDialog
          unit={editing.mode === 'edit' ? editing.unit : null}
          units={allUnits.data ?? []}
          types={types.data ?? []}
          onClose={() => {
            setEditing(null);
            focus.restore();
          }}
        />
      ) : null}
      <UnitImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}

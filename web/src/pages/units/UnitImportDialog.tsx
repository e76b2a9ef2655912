// Bulk import of units from .xlsx/.csv. The server applies all rows or none; its per-row
// errors are listed here, and the chosen file stays chosen so the user can fix and retry.
import { Alert, Button, Modal, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { unitImportResult } from '../../../../src/shared/api/units';
import { api } from '../../api/client';
import { isApiError } from '../../api/errors';
import { unitKeys } from '../../api/queries';
import type { ImportRowError, UnitImportResult } from '../../api/types';
import { ErrorAlert } from '../../components/serverErrors';
import { useBi, useT } from '../../i18n';

export function UnitImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const bi = useBi();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);

  const run = useMutation({
    mutationFn: async (f: File) => {
      const form = new FormData();
      form.append('file', f, f.name);
      try {
        return await api.upload<UnitImportResult>('/units/import', form);
      } catch (e) {
        // A refused file comes back as 400 with the same result shape, listing the row errors.
        const refused = isApiError(e) ? unitImportResult.safeParse(e.body) : null;
        if (refused?.success) return refused.data;
        throw e;
      }
    },
    onSuccess: async (res) => {
      if (res.errors.length === 0) await qc.invalidateQueries({ queryKey: unitKeys.all });
    },
  });

  const result = run.data;
  const failed = result && result.errors.length > 0;
  return (
    <Modal
      open={open}
      title={t.units.importTitle}
      onCancel={onClose}
      width={760}
      data-testid="import-dialog"
      footer={[
        <Button key="close" onClick={onClose}>
          {t.common.close}
        </Button>,
        <Button
          key="run"
          type="primary"
          disabled={!file}
          loading={run.isPending}
          onClick={() => file && run.mutate(file)}
          data-testid="import-run"
        >
          {t.units.runImport}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t.units.importHelp}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        beforeUpload={(f) => {
          setFile(f);
          run.reset();
          return false;
        }}
        onRemove={() => {
          setFile(null);
          run.reset();
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? t.units.chosenFile(file.name) : t.units.chooseFile}</p>
      </Upload.Dragger>
      <div style={{ marginTop: 16 }} aria-live="polite">
        <ErrorAlert error={run.error} />
        {result && !failed ? (
          <Alert type="success" showIcon data-testid="import-done" message={t.units.importDone(result.created, result.updated)} />
        ) : null}
        {failed ? (
          <>
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t.units.importFailed(result.errors.length)} />
            <Table<ImportRowError>
              size="small"
              data-testid="import-errors"
              rowKey={(e) => `${e.row}:${e.field}:${e.message.en}`}
              dataSource={result.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t.units.row, dataIndex: 'row', width: 80 },
                { title: t.units.column, dataIndex: 'field', width: 140 },
                { title: t.units.error, key: 'message', render: (_: unknown, e) => bi(e.message) },
              ]}
            />
          </>
        ) : null}
      </div>
    </Modal>
  );
}

// Survey file import: drop a .csv or .xlsx; on any problem the server applies nothing and every
// problem is listed with its row and column, so the file can be fixed in one pass.
import { Alert, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SurveyImportResult, SurveyRowError } from '../../../../src/shared/api/surveys';
import type { Locale } from '../../api/types';
import { errorMessage, uploadWithProgress } from '../assessment/http';
import type { ResultsMessages } from '../results/messages';
import type { SurveyMessages } from './messages';

export function SurveyImport({ periodId, locale, r, s }: { periodId: string; locale: Locale; r: ResultsMessages; s: SurveyMessages }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SurveyImportResult | null>(null);
  const [errors, setErrors] = useState<SurveyRowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setDone(null);
    setErrors([]);
    setFailure(null);
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await uploadWithProgress(qc, `/periods/${encodeURIComponent(periodId)}/surveys/import`, form, () => undefined);
    setBusy(false);
    const body = res.body as Partial<SurveyImportResult> | undefined;
    if (res.status === 200 && body) {
      setDone(body as SurveyImportResult);
      await qc.invalidateQueries({ queryKey: ['surveys', periodId] });
    } else if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      setErrors(body.errors);
    } else {
      setFailure(errorMessage(res.body)?.[locale] ?? `HTTP ${res.status || '—'}`);
    }
  };

  return (
    <div data-testid="survey-import">
      <Typography.Paragraph type="secondary">
        {r.importHelp} {s.importAnswers}
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{r.importDrop}</p>
      </Upload.Dragger>
      {done ? <Alert type="success" showIcon style={{ marginTop: 12 }} data-testid="survey-import-done" message={r.importDone(done.applied, done.units, done.criteria)} /> : null}
      {failure ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} message={failure} /> : null}
      {errors.length > 0 ? (
        <div style={{ marginTop: 12 }} data-testid="survey-import-errors">
          <Alert type="error" showIcon role="alert" message={r.importErrors(errors.length)} style={{ marginBottom: 8 }} />
          <Table<SurveyRowError>
            rowKey={(e, i) => `${e.row}-${e.column}-${i ?? 0}`}
            size="small"
            pagination={false}
            dataSource={errors}
            columns={[
              { title: r.row, dataIndex: 'row', width: 80 },
              { title: r.column, dataIndex: 'column', width: 160 },
              { title: r.problem, render: (_, e) => e.message[locale] },
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}

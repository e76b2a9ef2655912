// The results page's downloads. The ranking (.xlsx) is a plain same-origin link with `download`,
// so the browser saves it as a file (and a test sees a download event). The annex (.docx) first
// asks for the decision it is attached to ("Kèm theo Quyết định số … ngày … của …"); the
// organiser may also leave that line blank to fill by hand. The annex is fetched and saved from
// a blob so the server's refusal of a bad field shows on that field, input kept.
import { Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { withQuery } from '../../api/download';
import { useDownloadForm } from '../../components/useDownloadForm';
import { useLocale } from '../../i18n';
import { downloadUrl } from './api';
import type { ResultsMessages } from './messages';

const FIELDS = ['decisionNumber', 'decisionSymbol', 'decisionDate', 'decisionIssuer'] as const;
type Decision = Partial<Record<Exclude<(typeof FIELDS)[number], 'decisionDate'>, string>> & { decisionDate?: Dayjs | null };

export function RankingDownloads({ periodId, r }: { periodId: string; r: ResultsMessages }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileExcelOutlined />} href={downloadUrl(periodId, 'ranking.xlsx')} download data-testid="download-ranking-xlsx">
        {r.rankingXlsx}
      </Button>
      <Button icon={<FileWordOutlined />} onClick={() => setOpen(true)} data-testid="download-ranking-docx">
        {r.annexDocx}
      </Button>
      {open ? <AnnexDialog periodId={periodId} r={r} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AnnexDialog({ periodId, r, onClose }: { periodId: string; r: ResultsMessages; onClose: () => void }) {
  const [form] = Form.useForm<Decision>();
  const { saving, alert, download: save } = useDownloadForm(form, FIELDS);
  const { locale } = useLocale();
  const download = async (decision: Decision) => {
    const params: Record<string, string | undefined> = {};
    for (const k of FIELDS) params[k] = k === 'decisionDate' ? decision.decisionDate?.format('YYYY-MM-DD') : decision[k]?.trim();
    if (await save(withQuery(downloadUrl(periodId, 'ranking.docx'), params), 'xep-hang.docx')) onClose();
  };
  return (
    <Modal
      open
      title={r.annexDocx}
      width={560}
      onCancel={onClose}
      destroyOnHidden
      data-testid="annex-dialog"
      footer={[
        <Button key="blank" onClick={() => void download({})} disabled={saving} data-testid="annex-blank">
          {r.annexBlank}
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()} data-testid="annex-download">
          {r.annexDownload}
        </Button>,
      ]}
    >
      {alert}
      <p style={{ marginTop: 0 }}>{r.annexHelp}</p>
      <Form form={form} layout="vertical" initialValues={{ decisionSymbol: 'QĐ-UBND' }} onFinish={(v) => void download(v)}>
        <Form.Item name="decisionNumber" label={r.decisionNumber} rules={[{ pattern: /^\s*\d{1,6}\s*$/, message: r.decisionNumberBad }]}>
          <Input inputMode="numeric" placeholder="125" data-testid="decision-number" />
        </Form.Item>
        <Form.Item name="decisionSymbol" label={r.decisionSymbol} rules={[{ required: true, whitespace: true, message: r.decisionSymbolMissing }]}>
          <Input placeholder="QĐ-UBND" data-testid="decision-symbol" />
        </Form.Item>
        <Form.Item name="decisionDate" label={r.decisionDate}>
          {/* The app's own date picker, dd/mm/yyyy in Vietnamese whatever the browser's language. */}
          <DatePicker format={locale === 'vi' ? 'DD/MM/YYYY' : 'D MMM YYYY'} style={{ width: '100%' }} data-testid="decision-date" />
        </Form.Item>
        <Form.Item name="decisionIssuer" label={r.decisionIssuer} rules={[{ required: true, whitespace: true, message: r.decisionIssuerMissing }]}>
          <Input placeholder={r.decisionIssuerExample} data-testid="decision-issuer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

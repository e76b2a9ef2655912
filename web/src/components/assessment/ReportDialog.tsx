// Asks for the ND30 frame of the self-assessment report before downloading it (.docx or .pdf):
// number, place, superior body, signer. What the officer types is remembered per unit in this
// browser, so it is typed once a year, not once a download. Blank fields keep the server's
// defaults (number left for the clerk, "…" place, the unit leader's name).
import { Button, Form, Input, Modal } from 'antd';
import { withQuery } from '../../api/download';
import { useDownloadForm } from '../useDownloadForm';
import { documentUrl } from '../../pages/assessment/api';
import type { AssessmentMessages } from '../../pages/assessment/messages';

const FIELDS = ['number', 'place', 'superiorBody', 'signerName', 'signerPosition'] as const;
type Frame = Partial<Record<(typeof FIELDS)[number], string>>;
// The server names a bad query parameter "query.<name>".
const ALIAS = Object.fromEntries(FIELDS.map((f) => [`query.${f}`, f]));

const storageKey = (unitId: string) => `chiso.reportFrame.${unitId}`;

function remembered(unitId: string): Frame {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(storageKey(unitId)) ?? '{}');
    if (!v || typeof v !== 'object') return {};
    const out: Frame = {};
    for (const f of FIELDS) {
      const x = (v as Record<string, unknown>)[f];
      if (typeof x === 'string') out[f] = x;
    }
    return out;
  } catch {
    return {};
  }
}

function remember(unitId: string, frame: Frame): void {
  try {
    localStorage.setItem(storageKey(unitId), JSON.stringify(frame));
  } catch {
    // Private mode or a full storage: the download still works, the officer types again next time.
  }
}

export function ReportDialog({ assessmentId, unitId, name, title, a, onClose }: {
  assessmentId: string;
  unitId: string;
  name: 'report.docx' | 'report.pdf';
  title: string;
  a: AssessmentMessages;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Frame>();
  const { saving, alert, download: save } = useDownloadForm(form, FIELDS, ALIAS);
  const download = async (frame: Frame) => {
    const kept: Frame = {};
    for (const k of FIELDS) {
      const v = frame[k]?.trim();
      if (v) kept[k] = v;
    }
    if (await save(withQuery(documentUrl(assessmentId, name), kept), name)) {
      remember(unitId, kept);
      onClose();
    }
  };
  return (
    <Modal
      open
      title={title}
      width={560}
      onCancel={onClose}
      destroyOnHidden
      data-testid="report-dialog"
      footer={[
        <Button key="cancel" onClick={onClose} disabled={saving}>
          {a.reportCancel}
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()} data-testid="report-download">
          {a.reportDownload}
        </Button>,
      ]}
    >
      {alert}
      <p style={{ marginTop: 0 }}>{a.reportHelp}</p>
      <Form form={form} layout="vertical" initialValues={remembered(unitId)} onFinish={(v) => void download(v)}>
        <Form.Item name="superiorBody" label={a.reportSuperiorBody} rules={[{ max: 150 }]}>
          <Input placeholder={a.reportSuperiorBodyExample} data-testid="report-superior" />
        </Form.Item>
        <Form.Item name="number" label={a.reportNumber} extra={a.reportNumberHelp} rules={[{ max: 20 }]}>
          <Input placeholder="12" data-testid="report-number" />
        </Form.Item>
        <Form.Item name="place" label={a.reportPlace} rules={[{ max: 100 }]}>
          <Input placeholder={a.reportPlaceExample} data-testid="report-place" />
        </Form.Item>
        <Form.Item name="signerName" label={a.reportSignerName} rules={[{ max: 100 }]}>
          <Input placeholder={a.reportSignerNameDefault} data-testid="report-signer-name" />
        </Form.Item>
        <Form.Item name="signerPosition" label={a.reportSignerPosition} rules={[{ max: 100 }]}>
          <Input placeholder={a.reportSignerPositionDefault} data-testid="report-signer-position" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

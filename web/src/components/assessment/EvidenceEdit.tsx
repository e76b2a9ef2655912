// Correcting one piece of evidence: its title and the date of the document. A file or link has no
// date until someone gives it, and without one the item cannot be flagged for a document dated
// outside the data window or after the criterion's deadline; the server re-checks the items that
// use it, so the form is refreshed afterwards.
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { ErrorAlert } from '../serverErrors';
import { assessmentKeys } from '../../pages/assessment/api';
import type { Evidence } from '../../pages/assessment/contract';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  evidence: Evidence;
  assessmentId: string;
  locale: Locale;
  a: AssessmentMessages;
  onClose: () => void;
}

interface Values {
  title: string;
  documentDate: Dayjs | null;
}

export function EvidenceEdit({ evidence, assessmentId, locale, a, onClose }: Props) {
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.patch<Evidence>(`/evidence/${encodeURIComponent(evidence.id)}`, {
        title: v.title.trim(),
        documentDate: v.documentDate ? v.documentDate.format('YYYY-MM-DD') : null,
      }),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: assessmentKeys.evidence(assessmentId) }),
        // The items' date flags are worked out from the evidence: every open form refetches.
        qc.invalidateQueries({ queryKey: ['assessment'] }),
      ]);
      onClose();
    },
  });
  return (
    <Modal
      open
      title={a.editEvidence}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={a.saveEvidence}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'evidence-edit-save' }}
      destroyOnHidden
      data-testid="evidence-edit"
    >
      <ErrorAlert error={save.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: evidence.title, documentDate: evidence.documentDate ? dayjs(evidence.documentDate) : null }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label={a.evidence} rules={[{ required: true, whitespace: true, message: a.titleRequired }]}>
          <Input maxLength={500} data-testid="evidence-edit-title" />
        </Form.Item>
        <Form.Item name="documentDate" label={a.docDate} extra={a.docDateHelp}>
          <DatePicker format={locale === 'vi' ? 'DD/MM/YYYY' : 'D MMM YYYY'} allowClear data-testid="evidence-edit-date" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

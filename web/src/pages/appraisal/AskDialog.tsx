// "Yêu cầu giải trình": the appraiser's request to the unit with a due date (by default the
// period's explanation deadline or a week from today). One open round per item.
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/serverErrors';
import type { Locale } from '../../api/types';
import { useReturnItem } from './api';
import type { AppraisalMessages } from './messages';

interface Props {
  open: boolean;
  assessmentId: string;
  nodeId: string;
  code: string;
  defaultDue: string | null;
  locale: Locale;
  m: AppraisalMessages;
  onClose: (sent: boolean) => void;
}

export function AskDialog({ open, assessmentId, nodeId, code, defaultDue, locale, m, onClose }: Props) {
  const [form] = Form.useForm<{ message: string; dueDate: Dayjs }>();
  const ask = useReturnItem(assessmentId, nodeId);
  const initialDue = defaultDue && dayjs(defaultDue).isAfter(dayjs()) ? dayjs(defaultDue) : dayjs().add(7, 'day');
  return (
    <Modal
      open={open}
      title={m.askTitle(code)}
      okText={m.askExplanation}
      confirmLoading={ask.isPending}
      destroyOnHidden
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ ...({ 'data-testid': 'ask-send' } as Record<string, string>) }}
    >
      <ErrorAlert error={ask.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ dueDate: initialDue }}
        onFinish={(v) => ask.mutate({ message: v.message.trim(), dueDate: v.dueDate.format('YYYY-MM-DD') }, { onSuccess: () => onClose(true) })}
      >
        <Form.Item name="message" label={m.askMessage} rules={[{ required: true, whitespace: true, message: m.required }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={m.askMessagePlaceholder} data-testid="ask-message" maxLength={5000} />
        </Form.Item>
        <Form.Item name="dueDate" label={m.askDue} rules={[{ required: true, message: m.required }]}>
          <DatePicker format={locale === 'vi' ? 'DD/MM/YYYY' : 'D MMM YYYY'} data-testid="ask-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

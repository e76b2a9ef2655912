// Confirms a reminder to the selected (or all late) units, with an optional message that goes
// into the in-app notification and the e-mail. The message is kept if the request fails.
import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/serverErrors';
import { usePM } from './messages';

interface Props {
  title: string;
  sending: boolean;
  /** The failed request, shown in the dialog so the typed message stays in view. */
  error: unknown;
  onSend: (message: string | undefined) => void;
  onClose: () => void;
}

export function RemindDialog({ title, sending, error, onSend, onClose }: Props) {
  const m = usePM();
  const [text, setText] = useState('');
  return (
    <Modal open title={title} okText={m.send} onOk={() => onSend(text.trim() || undefined)} onCancel={onClose} confirmLoading={sending} destroyOnHidden data-testid="remind-dialog">
      <ErrorAlert error={error} />
      <Typography.Paragraph type="secondary">{m.messageHelp}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={m.messageLabel} style={{ marginBottom: 24 }}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} placeholder={m.messagePlaceholder} data-testid="remind-message" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// The steps of the self-assessment: the editor sends to the leader; the leader returns it with a
// comment, submits (after the pre-submit checklist) or withdraws before the deadline; the
// organiser reopens with a reason. Buttons follow what the server says this person may do.
import { App, Button, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { useState } from 'react';
import type { Role } from '../../api/types';
import { ErrorAlert } from '../serverErrors';
import { useChecklist, useWorkflow } from '../../pages/assessment/api';
import type { WorkflowAction } from '../../pages/assessment/api';
import type { AssessmentHeader } from '../../pages/assessment/contract';
import type { Locale } from '../../api/types';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  header: AssessmentHeader;
  role: Role;
  locale: Locale;
  a: AssessmentMessages;
  /** Saves every waiting edit before a step that freezes the form. */
  flush: () => Promise<void>;
  codeOf: (nodeId: string) => string;
}

export function WorkflowBar({ header, role, locale, a, flush, codeOf }: Props) {
  const { modal, message } = App.useApp();
  const wf = useWorkflow(header.id, header.periodId, header.unitId);
  const [dialog, setDialog] = useState<'return' | 'reopen' | 'submit' | null>(null);
  const [textForm] = Form.useForm<{ text: string }>();
  const checklist = useChecklist(header.id, dialog === 'submit');

  const run = async (action: WorkflowAction, body?: unknown) => {
    await wf.mutateAsync({ action, body });
    setDialog(null);
    textForm.resetFields();
    void message.success(a.done);
  };
  const confirmThen = (title: string, action: WorkflowAction): void => {
    modal.confirm({
      title,
      onOk: async () => {
        await flush();
        await run(action).catch(() => undefined);
      },
    });
  };

  const editing = ['not-started', 'in-progress', 'returned', 'withdrawn'].includes(header.status);
  // A leader does not send the form to themself: they submit it (or return it) instead.
  const canSend = role !== 'unit-leader' && (header.canSendForReview ?? (role === 'unit-editor' && header.canEdit && editing));
  const canReturn = header.canReturn ?? (role === 'unit-leader' && header.status === 'in-review');
  const list = checklist.data ?? [];
  const blocking = list.some((c) => !c.ok && c.severity === 'error');
  const warnings = list.some((c) => !c.ok && c.severity === 'warning');

  return (
    <>
      {canSend ? (
        <Button type="primary" data-testid="wf-send" loading={wf.isPending} onClick={() => confirmThen(a.confirmSend, 'send-for-review')}>
          {a.sendForReview}
        </Button>
      ) : null}
      {canReturn ? (
        <Button danger data-testid="wf-return" onClick={() => setDialog('return')}>
          {a.returnToEditor}
        </Button>
      ) : null}
      {header.canSubmit ? (
        <Button
          type="primary"
          data-testid="wf-submit"
          onClick={() => {
            void flush();
            setDialog('submit');
          }}
        >
          {a.submit}
        </Button>
      ) : null}
      {header.canWithdraw ? (
        <Button data-testid="wf-withdraw" onClick={() => confirmThen(a.confirmWithdraw, 'withdraw')}>
          {a.withdraw}
        </Button>
      ) : null}
      {header.canReopen ? (
        <Button data-testid="wf-reopen" onClick={() => setDialog('reopen')}>
          {a.reopen}
        </Button>
      ) : null}
      <Modal
        open={dialog === 'return' || dialog === 'reopen'}
        title={dialog === 'return' ? a.returnToEditor : a.reopen}
        onCancel={() => setDialog(null)}
        okButtonProps={{ loading: wf.isPending, id: 'wf-text-ok' }}
        onOk={() => textForm.submit()}
        destroyOnHidden
      >
        <ErrorAlert error={wf.error} />
        <Form
          form={textForm}
          layout="vertical"
          onFinish={(v) =>
            void run(dialog === 'return' ? 'return' : 'reopen', dialog === 'return' ? { comment: v.text.trim() } : { reason: v.text.trim() }).catch(
              () => undefined,
            )
          }
        >
          <Form.Item
            name="text"
            label={dialog === 'return' ? a.returnComment : a.reopenReason}
            rules={[{ required: true, whitespace: true, message: dialog === 'return' ? a.returnCommentRequired : a.reopenReasonRequired }]}
          >
            <Input.TextArea data-testid="wf-text" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'submit'}
        title={a.checklist}
        onCancel={() => setDialog(null)}
        width={640}
        data-testid="checklist-modal"
        okText={warnings ? a.submitAnyway : a.submit}
        okButtonProps={{ disabled: checklist.isPending || blocking, loading: wf.isPending, id: 'wf-submit-confirm' }}
        onOk={() => void run('submit', { confirm: true }).catch(() => undefined)}
      >
        <ErrorAlert error={checklist.error ?? wf.error} />
        <Typography.Paragraph>{blocking ? <Typography.Text type="danger">{a.checklistBlocked}</Typography.Text> : a.confirmSubmit}</Typography.Paragraph>
        <List
          size="small"
          loading={checklist.isPending}
          dataSource={list}
          renderItem={(c) => (
            <List.Item data-testid="checklist-entry" data-ok={c.ok ? 'yes' : 'no'}>
              <List.Item.Meta
                avatar={
                  c.ok ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : c.severity === 'error' ? (
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                  ) : (
                    <ExclamationCircleTwoTone twoToneColor="#faad14" />
                  )
                }
                title={c.message[locale]}
                description={
                  c.nodeIds.length > 0 ? (
                    <span>
                      {c.nodeIds.slice(0, 30).map((id) => (
                        <Tag key={id}>{codeOf(id)}</Tag>
                      ))}
                      {c.nodeIds.length > 30 ? '…' : ''}
                    </span>
                  ) : null
                }
              />
              <Tag color={c.ok ? 'green' : c.severity === 'error' ? 'red' : 'gold'}>
                {c.ok ? a.checklistOk : c.severity === 'error' ? a.checklistError : a.checklistWarning}
              </Tag>
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}

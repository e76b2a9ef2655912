// A dialog around one form, as every create/edit dialog works: Save submits the form (its
// validation first), Cancel closes, the server's error shows above the form and the dialog stays
// open with the input as typed; the contents are dropped when it closes.
import { Modal } from 'antd';
import type { FormInstance, ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

interface Props extends Pick<ModalProps, 'title' | 'width' | 'afterOpenChange'> {
  form: FormInstance;
  /** While the request runs: the Save button spins. */
  saving: boolean;
  onClose: () => void;
  /** `useServerErrors(...).alert`. */
  alert: ReactNode;
  'data-testid'?: string;
  children: ReactNode;
}

export function FormDialog({ form, saving, onClose, alert, children, ...modal }: Props) {
  const t = useT();
  return (
    <Modal
      open
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      {...modal}
    >
      {alert}
      {children}
    </Modal>
  );
}

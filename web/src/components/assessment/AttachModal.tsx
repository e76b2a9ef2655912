// Attaching evidence to one item: pick from the library (reuse across items) or add new — a
// new file, link or citation is attached to the item as soon as the server has it.
import { Divider, Modal } from 'antd';
import type { Locale } from '../../api/types';
import type { AssessmentMessages } from '../../pages/assessment/messages';
import { EvidenceAdd } from './EvidenceAdd';
import { EvidenceLibrary } from './EvidenceLibrary';

interface Props {
  open: boolean;
  title: string;
  assessmentId: string;
  selected: string[];
  locale: Locale;
  a: AssessmentMessages;
  window: { start: string; end: string } | null;
  codeOf: (nodeId: string) => string;
  onChange: (ids: string[]) => void;
  /**
   * A new file, link or citation to attach. Several files dropped together arrive one after
   * another before the screen re-renders, so the caller adds to the item's current list rather
   * than to `selected` as this render saw it (which kept only one of them).
   */
  onAdded: (id: string) => void;
  onClose: () => void;
}

export function AttachModal({ open, title, assessmentId, selected, locale, a, window, codeOf, onChange, onAdded, onClose }: Props) {
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={onClose} width={980} data-testid="attach-modal" destroyOnHidden cancelButtonProps={{ style: { display: 'none' } }}>
      <EvidenceAdd assessmentId={assessmentId} locale={locale} a={a} onAdded={(e) => onAdded(e.id)} />
      <Divider style={{ margin: '12px 0' }} />
      <EvidenceLibrary
        assessmentId={assessmentId}
        locale={locale}
        a={a}
        editable={false}
        window={window}
        codeOf={codeOf}
        picking={{
          selected,
          onToggle: (id, on) => onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id)),
        }}
      />
    </Modal>
  );
}

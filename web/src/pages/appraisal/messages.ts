// The appraisal catalogue for the current language: `const m = useAppraisalT(); m.queue`.
import { usePageMessages, type Widen } from '../../i18n';
import { appraisalEn } from './messages.en';
import { appraisalVi } from './messages.vi';

export type AppraisalMessages = Widen<typeof appraisalVi>;

export function useAppraisalT(): AppraisalMessages {
  return usePageMessages<AppraisalMessages>({ vi: appraisalVi, en: appraisalEn });
}

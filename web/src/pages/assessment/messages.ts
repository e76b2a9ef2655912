// The self-assessment catalogue for the current language: `const a = useAT(); a.saved`.
import { usePageMessages, type Widen } from '../../i18n';
import { assessmentEn } from './messages.en';
import { assessmentVi } from './messages.vi';

export type AssessmentMessages = Widen<typeof assessmentVi>;

export function useAT(): AssessmentMessages {
  return usePageMessages<AssessmentMessages>({ vi: assessmentVi, en: assessmentEn });
}

// The self-assessment catalogue for the current language: `const a = useAT(); a.saved`.
import { useLocale } from '../../i18n';
import { assessmentEn } from './messages.en';
import { assessmentVi } from './messages.vi';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type AssessmentMessages = Widen<typeof assessmentVi>;

export function useAT(): AssessmentMessages {
  return useLocale().locale === 'en' ? assessmentEn : assessmentVi;
}

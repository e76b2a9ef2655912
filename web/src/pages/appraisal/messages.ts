// The appraisal catalogue for the current language: `const m = useAppraisalT(); m.queue`.
import { useLocale } from '../../i18n';
import { appraisalEn } from './messages.en';
import { appraisalVi } from './messages.vi';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type AppraisalMessages = Widen<typeof appraisalVi>;

export function useAppraisalT(): AppraisalMessages {
  return useLocale().locale === 'en' ? appraisalEn : appraisalVi;
}

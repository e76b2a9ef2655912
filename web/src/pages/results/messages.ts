// The results catalogue for the current language: `const r = useResultsT(); r.rank`.
import { useLocale } from '../../i18n';
import { resultsEn } from './messages.en';
import { resultsVi } from './messages.vi';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type ResultsMessages = Widen<typeof resultsVi>;

export function useResultsT(): ResultsMessages {
  return useLocale().locale === 'en' ? resultsEn : resultsVi;
}

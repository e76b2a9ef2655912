// A criterion's code that tells "1.2" under part I from "1.2" under part II: the part's code in
// grey before the printed code when the printed code does not start with it ("I.1.2"), the
// printed code alone when it does ("1.1.2" under field 1). Same rule as the documents
// (src/features/appraisal/codes.ts); the printed code stays its own element for tests and
// screen readers that look for it.
import { Typography } from 'antd';

export function partPrefix(fieldCode: string | null | undefined, code: string | null | undefined): string {
  const c = code?.trim() ?? '';
  const f = fieldCode?.trim() ?? '';
  if (f === '' || c === f || c.startsWith(`${f}.`)) return '';
  return c === '' ? f : `${f}.`;
}

export function CodeText({ fieldCode, code }: { fieldCode: string | null | undefined; code: string | null | undefined }) {
  const prefix = partPrefix(fieldCode, code);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {prefix ? <Typography.Text type="secondary">{prefix}</Typography.Text> : null}
      {code ? <strong>{code}</strong> : null}
    </span>
  );
}

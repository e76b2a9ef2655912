// A criterion's code as people can tell it apart across the whole set. Numbering restarts in
// every part of many sets ("1.2" under I and again under II), so the part's code goes in front
// when the printed code does not already start with it: I.1.2, II.1.2; "1.1.2" under field "1"
// stays as it is; an uncoded row is named by its part ("III"). The web mirrors this in
// web/src/pages/appraisal/codes.tsx.
export function shownCode(fieldCode: string | null | undefined, code: string | null | undefined): string {
  const c = code?.trim() ?? '';
  const f = fieldCode?.trim() ?? '';
  if (f === '') return c;
  if (c === '') return f;
  if (c === f || c.startsWith(`${f}.`)) return c;
  return `${f}.${c}`;
}

// A count, numerator or denominator box. The text stays as typed; a number (read as Vietnamese
// documents write it, see number-text.ts) goes to the form; text that is not a number is not sent,
// the box turns red and `onInvalid` lets the caller name it under the row. A negative or fractional count goes to the server, which says why it
// cannot be scored — nothing is clamped or rounded here.
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../api/types';
import { readNumberText, showNumber } from './number-text';

interface Props {
  value: number | null;
  onChange: (value: number | null) => void;
  locale: Locale;
  disabled: boolean;
  serverError: boolean;
  testId: string;
  ariaLabel: string;
  placeholder: string;
  /** Whether the text is (no longer) a number, for the message under the row. */
  onInvalid: (invalid: boolean) => void;
}

export function NumberBox({ value, onChange, locale, disabled, serverError, testId, ariaLabel, placeholder, onInvalid }: Props) {
  const [text, setText] = useState(() => showNumber(value, locale));
  const read = readNumberText(text);
  const shownIn = useRef(locale);
  useEffect(() => {
    // A value from elsewhere (the server, the other person's version, a reload) replaces the
    // text; the number this box just sent does not rewrite what is being typed. A language
    // switch rewrites it too: "1,450" is 1450 in English but reads as 1,45 in Vietnamese.
    const sameLanguage = shownIn.current === locale;
    shownIn.current = locale;
    const now = readNumberText(text);
    if (sameLanguage && now.kind === 'number' && now.value === value) return;
    if (sameLanguage && now.kind !== 'number' && value === null) return;
    setText(showNumber(value, locale));
    // `text` is deliberately left out: only a new value or language re-syncs the box.
  }, [value, locale]);
  const invalid = read.kind === 'invalid';
  useEffect(() => onInvalid(invalid), [invalid]);
  return (
    <Input
      aria-label={ariaLabel}
      aria-invalid={invalid || serverError}
      placeholder={placeholder}
      data-testid={testId}
      data-invalid={invalid ? 'yes' : 'no'}
      inputMode="decimal"
      value={text}
      disabled={disabled}
      status={invalid || serverError ? 'error' : undefined}
      style={{ width: 110 }}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        const r = readNumberText(t);
        if (r.kind === 'number') onChange(r.value);
        else if (r.kind === 'empty') onChange(null);
      }}
    />
  );
}

// Shows a failed request where the user is looking: next to the field the server named, or
// in an alert above the form. The input stays as typed; the messages follow the language switch.
import { Alert } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/errors';
import type { ApiError } from '../api/errors';
import { useBi, useLocale } from '../i18n';

function plainText(e: unknown): string {
  return e instanceof Error ? e.message : typeof e === 'string' ? e : 'Error';
}

type Alias = Readonly<Record<string, string>>;

/** "body.parentId" → ["parentId"], "unitIds.3" → ["unitIds", 3]; aliases map API names to form names. */
function toNamePath(field: string, alias: Alias = {}): (string | number)[] {
  const parts = field
    .replace(/^body\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const head = String(parts[0]);
  const full = parts.slice(0, 2).join('.');
  // A list field is marked as a whole: antd shows errors on the Form.Item, not per element.
  return [alias[full] ?? alias[head] ?? head];
}

/**
 * Remembers the last error of a form. `fields` lists the form's own field names, so an error
 * about one of them is shown beside it and not repeated above the form.
 */
export function useServerErrors(form: FormInstance, fields: readonly string[], alias: Alias = {}) {
  const [error, setError] = useState<unknown>(null);
  const { locale } = useLocale();
  const bi = useBi();

  useEffect(() => {
    if (!isApiError(error)) return;
    const byField = new Map<string, string[]>();
    for (const f of error.fieldErrors()) {
      const name = String(toNamePath(f.field, alias)[0]);
      if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), f.message[locale]]);
    }
    if (byField.size > 0) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    // `fields` is a constant list per form: re-run only when the error or the language changes.
  }, [error, locale, form]);

  const api = isApiError(error) ? error : null;
  const mapped = api ? api.fieldErrors() : [];
  const onField = mapped.length > 0 && mapped.every((f) => fields.includes(String(toNamePath(f.field, alias)[0])));
  const alert =
    error && !onField ? (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        message={api ? bi(api.text) : plainText(error)}
      />
    ) : null;
  return { error: api, setError, clear: () => setError(null), alert };
}

export function ErrorAlert({ error }: { error: unknown }) {
  const bi = useBi();
  if (!error) return null;
  const e: ApiError | null = isApiError(error) ? error : null;
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={e ? bi(e.text) : plainText(error)} />;
}

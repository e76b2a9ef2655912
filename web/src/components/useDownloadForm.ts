// The shared half of every "frame a document, then download it" dialog: the Download button
// spins while the file is fetched, a refusal shows on the field the server named (input kept),
// and the caller closes the dialog only once the browser has the file.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { saveDownload } from '../api/download';
import { useServerErrors } from './serverErrors';

export function useDownloadForm(form: FormInstance, fields: readonly string[], alias?: Readonly<Record<string, string>>) {
  const errors = useServerErrors(form, fields, alias);
  const [saving, setSaving] = useState(false);
  /** Resolves true when the file was handed to the browser, false when the error is shown. */
  const download = async (url: string, fallback: string): Promise<boolean> => {
    setSaving(true);
    errors.clear();
    try {
      await saveDownload(url, fallback);
      return true;
    } catch (e) {
      errors.setError(e);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { saving, alert: errors.alert, download };
}

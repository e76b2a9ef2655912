// What the last reminder did, in words: units reminded, in-app notifications, e-mails sent,
// failed or still under way, people without an address — or that e-mail is not configured.
import { Alert } from 'antd';
import type { RemindResult } from '../../../../src/shared/api/assessments';
import { usePM } from './messages';

export function RemindResultAlert({ result, onClose }: { result: RemindResult; onClose: () => void }) {
  const m = usePM();
  const hints: string[] = [];
  // Units without any account: "Đã nhắc 6 đơn vị: 0 thông báo" alone reads like a fault.
  const nobody = result.units > 0 && result.sent === 0;
  if (nobody) hints.push(m.nobodyToNotify);
  else if (!result.emailConfigured) hints.push(m.notConfigured);
  else {
    if (result.emailFailed > 0) hints.push(m.failedHint);
    if (result.noAddress > 0) hints.push(m.noAddressHint);
  }
  const type = result.units === 0 ? 'info' : nobody ? 'warning' : result.emailFailed > 0 ? 'warning' : !result.emailConfigured ? 'info' : 'success';
  return (
    <Alert
      type={type}
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
      data-testid="remind-result"
      message={result.units === 0 ? m.noneLate : m.summary(result)}
      description={hints.length > 0 ? hints.map((h) => <div key={h}>{h}</div>) : undefined}
    />
  );
}

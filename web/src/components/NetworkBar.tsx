// A thin bar at the top of the window while any request is on its way: every wait on the
// network shows, even where a screen has no spinner of its own.
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useT } from '../i18n';

export function NetworkBar() {
  const busy = useIsFetching() + useIsMutating() > 0;
  const t = useT();
  if (!busy) return null;
  return <div className="chiso-netbar" role="progressbar" aria-label={t.common.loading} data-testid="network-bar" />;
}

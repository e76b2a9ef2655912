// Which items a filter shows. "Chưa chấm" = neither an input nor N/A; "chưa có tài liệu" = no
// evidence and not N/A; "bị gắn cờ" = flagged by a person or by a server check.
import type { ItemState } from './autosave';

export type ItemFilter = 'all' | 'unanswered' | 'no-evidence' | 'flagged';

export function matchesFilter(s: ItemState, filter: ItemFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return s.local.input === null && s.local.na === null;
    case 'no-evidence':
      return s.local.na === null && s.local.evidenceIds.length === 0;
    case 'flagged':
      return s.local.flagged || s.item.flags.some((f) => f.code !== 'no-evidence') || s.item.errors.length > 0;
  }
}

// Which items a filter shows, counted the way the progress panel counts them. "Chưa chấm" = an
// item the unit scores itself with neither an input nor N/A (items the appraisers score are not
// the unit's to answer); "chưa có tài liệu" = an answered item the unit scores, not N/A, with no
// evidence (the server's no-evidence flag); "bị gắn cờ" = flagged by a person or a server check.
import type { ItemState } from './autosave';
import type { LeafInfo } from './contract';

export type ItemFilter = 'all' | 'unanswered' | 'no-evidence' | 'flagged';

export function matchesFilter(s: ItemState, filter: ItemFilter, scoredBy: LeafInfo['scoredBy'] | null): boolean {
  const byUnit = scoredBy === 'unit';
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return byUnit && s.local.input === null && s.local.na === null;
    case 'no-evidence':
      return byUnit && s.local.input !== null && s.local.na === null && s.local.evidenceIds.length === 0;
    case 'flagged':
      return s.local.flagged || s.item.flags.some((f) => f.code !== 'no-evidence') || s.item.errors.length > 0;
  }
}

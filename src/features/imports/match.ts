// Which stored criteria set an imported report or plan belongs to: the one most of its rows
// match (src/import/match.ts: by code, then by OCR-tolerant name). Criteria sets are few per
// province, so trying the most recent ones is cheap.
import type { Framework } from '../../core/framework';
import type { ImportResult } from '../../import/index';
import { matchToFramework } from '../../import/index';
import type { Db } from '../../db/types';
import type { ImportMatch } from '../../shared/api/imports';
import * as repo from './repository';

const CANDIDATES = 20;

export function matchAgainst(result: ImportResult, frameworkId: string, framework: Framework): ImportMatch {
  const m = matchToFramework(result.nodes, framework);
  return { frameworkId, frameworkName: framework.name, matched: m.matches.length, unmatched: m.unmatchedImported };
}

export async function bestMatch(db: Db, result: ImportResult): Promise<ImportMatch | null> {
  if (result.kind === 'framework') return null;
  let best: ImportMatch | null = null;
  for (const row of await repo.frameworkContents(db, CANDIDATES)) {
    const m = matchAgainst(result, row.id, JSON.parse(row.content) as Framework);
    if (m.matched > 0 && (!best || m.matched > best.matched)) best = m;
  }
  return best;
}

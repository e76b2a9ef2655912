/**
 * Matching imported rows to an existing criteria set: by qualified code first (the same
 * "II.6.6.3"), then by name — folded, OCR-tolerant similarity — among the nodes not yet taken.
 * What matches neither way is listed, on both sides.
 */
import type { Framework, FrameworkNode } from '../core/framework';
import { walkAll } from '../core/tree';
import { similarity } from '../vn/similarity';
import { nodesToFramework } from './to-framework';
import type { ImportedNode } from './types';

export interface NodeMatch {
  /** Qualified code of the imported row ("II.1.2"). */
  imported: string;
  importedName: string;
  frameworkId: string;
  by: 'code' | 'name';
  /** 1 for a code match with the same name; the name similarity otherwise. */
  score: number;
}

export interface MatchResult {
  matches: NodeMatch[];
  /** Imported rows with no counterpart (qualified code or name). */
  unmatchedImported: { id: string; name: string }[];
  /** Framework nodes nothing was matched to. */
  unmatchedFramework: { id: string; name: string }[];
}

/** Threshold below which two names are considered different criteria. */
export const NAME_THRESHOLD = 0.6;

export function matchToFramework(nodes: ImportedNode[], framework: Framework, threshold = NAME_THRESHOLD): MatchResult {
  const imported = walkAll(nodesToFramework(nodes, null, new Set())).map((v) => v.node);
  const target = walkAll(framework.nodes).map((v) => v.node);
  const byId = new Map(target.map((n) => [n.id, n]));
  const taken = new Set<string>();
  const matches: NodeMatch[] = [];
  const left: FrameworkNode[] = [];
  for (const n of imported) {
    const same = byId.get(n.id);
    // Same code but a clearly different criterion (renumbered sets) must not match by code.
    if (same && !taken.has(same.id) && similarity(same.name, n.name) >= threshold / 2) {
      taken.add(same.id);
      matches.push({ imported: n.id, importedName: n.name, frameworkId: same.id, by: 'code', score: similarity(same.name, n.name) });
    } else left.push(n);
  }
  const unmatchedImported: MatchResult['unmatchedImported'] = [];
  for (const n of left) {
    let best: { node: FrameworkNode; score: number } | null = null;
    for (const t of target) {
      if (taken.has(t.id)) continue;
      const score = similarity(t.name, n.name);
      if (score >= threshold && (!best || score > best.score)) best = { node: t, score };
    }
    if (best) {
      taken.add(best.node.id);
      matches.push({ imported: n.id, importedName: n.name, frameworkId: best.node.id, by: 'name', score: best.score });
    } else unmatchedImported.push({ id: n.id, name: n.name });
  }
  const unmatchedFramework = target.filter((t) => !taken.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
  return { matches, unmatchedImported, unmatchedFramework };
}

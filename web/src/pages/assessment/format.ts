// Points and percentages from the API (decimal strings, never floats) as each language writes
// them: "0,75" and "99,49 %" in Vietnamese, "0.75" and "99.49%" in English.
import { formatPoints, parsePoints, tryParsePoints } from '../../../../src/core/points';
import type { Bilingual } from '../../../../src/core/text';
import type { Locale } from '../../api/types';
import type { FormNode } from './contract';

export function fmtPoints(value: string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '–';
  const p = tryParsePoints(value);
  return p === undefined ? value : formatPoints(p, locale);
}

/**
 * The index arrives as a decimal string of percent ("99.49") or, from older servers, a number of
 * hundredths of a percent (9949): both are shown with two decimals.
 */
export function fmtIndex(value: string | number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '–';
  const p = typeof value === 'number' ? parsePoints(Number.isInteger(value) && value > 100 ? value / 100 : value) : tryParsePoints(value);
  if (p === undefined) return String(value);
  return `${formatPoints(p, locale, { decimals: 2 })}%`;
}

/** A share of answered leaves, 0–100, for progress bars (display only). */
export function share(done: number, total: number): number {
  return total > 0 ? Math.round((done * 1000) / total) / 10 : 0;
}

export function nodeName(node: { name: string | Bilingual; nameEn?: string }, locale: Locale): string {
  if (typeof node.name !== 'string') return node.name[locale] || node.name.vi;
  return locale === 'en' && node.nameEn ? node.nameEn : node.name;
}

export function levelLabel(level: { label: string; labelEn?: string }, locale: Locale): string {
  return locale === 'en' && level.labelEn ? level.labelEn : level.label;
}

/** Children of a node, whether the API nests them or lists ids next to a flat node list. */
export function childrenOf(node: FormNode, byId: Map<string, FormNode>): FormNode[] {
  const out: FormNode[] = [];
  for (const c of node.children) {
    const child = typeof c === 'string' ? byId.get(c) : c;
    if (child) out.push(child);
  }
  return out;
}

export function indexNodes(nodes: FormNode[]): Map<string, FormNode> {
  const byId = new Map<string, FormNode>();
  const visit = (n: FormNode) => {
    byId.set(n.id, n);
    for (const c of n.children) if (typeof c !== 'string') visit(c);
  };
  nodes.forEach(visit);
  return byId;
}

/** Top-level nodes: with a flat list (children as ids) only those nobody lists as a child. */
export function rootsOf(nodes: FormNode[]): FormNode[] {
  const childIds = new Set<string>();
  for (const n of nodes) for (const c of n.children) if (typeof c === 'string') childIds.add(c);
  return nodes.filter((n) => !childIds.has(n.id));
}

/** Leaves under a node in document order. */
export function leavesUnder(node: FormNode, byId: Map<string, FormNode>): FormNode[] {
  if (node.leaf) return [node];
  return childrenOf(node, byId).flatMap((c) => leavesUnder(c, byId));
}

export function fileSize(bytes: number | null | undefined, locale: Locale): string {
  if (bytes === null || bytes === undefined) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(v)} ${units[i] ?? ''}`;
}

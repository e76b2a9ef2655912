import { MAX_DEPTH } from './framework';
import type { FrameworkNode } from './framework';
import { sum, ZERO } from './points';
import type { Points } from './points';

/**
 * Walking and addressing the criteria tree. Codes are kept as printed ("II", "1.2", "6.6.3");
 * because real documents restart their numbering in every part (I.1 and II.1 both print "1"),
 * a node is addressed by its *qualified* code ("II.6.6.3"), which is also its default id.
 */

/** Anything shaped like a tree row: framework nodes and filled-in report rows alike. */
export interface CodedNode<T> {
  code: string | null;
  children: T[];
}

export interface Visit<T> {
  node: T;
  /** 1 for top-level nodes. */
  depth: number;
  parent: T | null;
  /** Indexes from the top: [1, 0, 2] = nodes[1].children[0].children[2]. */
  path: number[];
  /** Unique address built from the codes (see qualifyCode); generated for uncoded rows. */
  qualified: string;
}

/** Pre-order walk (parent before children, children in order). */
export function* walk<T extends CodedNode<T>>(nodes: readonly T[]): Generator<Visit<T>> {
  function* visit(list: readonly T[], depth: number, parent: Visit<T> | null): Generator<Visit<T>> {
    for (const [i, node] of list.entries()) {
      const here: Visit<T> = {
        node,
        depth,
        parent: parent?.node ?? null,
        path: [...(parent?.path ?? []), i],
        qualified: qualifyCode(parent ? { qualified: parent.qualified, code: parent.node.code } : null, node.code, i),
      };
      yield here;
      yield* visit(node.children, depth + 1, here);
    }
  }
  yield* visit(nodes, 1, null);
}

export function walkAll<T extends CodedNode<T>>(nodes: readonly T[]): Visit<T>[] {
  return [...walk(nodes)];
}

export function isLeaf(node: { children: readonly unknown[] }): boolean {
  return node.children.length === 0;
}

export function leaves<T extends CodedNode<T>>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  for (const v of walk(nodes)) if (isLeaf(v.node)) out.push(v.node);
  return out;
}

export function findById(nodes: readonly FrameworkNode[], id: string): FrameworkNode | undefined {
  for (const v of walk(nodes)) if (v.node.id === id) return v.node;
  return undefined;
}

/**
 * Finds a node by its qualified code ("II.6") or, failing that, by its printed code ("6"),
 * returning the first in document order when the printed code occurs in several parts.
 */
export function findByCode<T extends CodedNode<T>>(nodes: readonly T[], code: string): T | undefined {
  const wanted = normalizeCode(code);
  let printed: T | undefined;
  for (const v of walk(nodes)) {
    if (v.qualified === wanted) return v.node;
    if (printed === undefined && v.node.code !== null && normalizeCode(v.node.code) === wanted) printed = v.node;
  }
  return printed;
}

/** Depth of the deepest node (0 for an empty tree). */
export function treeDepth<T extends CodedNode<T>>(nodes: readonly T[]): number {
  let deepest = 0;
  for (const v of walk(nodes)) deepest = Math.max(deepest, v.depth);
  return deepest;
}

/** Nodes deeper than the limit (part → field → criterion → sub-criterion → item = 5). */
export function tooDeep<T extends CodedNode<T>>(nodes: readonly T[], limit = MAX_DEPTH): Visit<T>[] {
  return walkAll(nodes).filter((v) => v.depth > limit);
}

/** Bonus and penalty nodes sit outside the max: they never count towards a parent's sum. */
export function countsTowardsMax(node: FrameworkNode): boolean {
  return (node.kind ?? 'normal') === 'normal';
}

/** Sum of the children's stated maxima (bonus/penalty children excluded). */
export function childrenMax(node: FrameworkNode): Points {
  return sum(node.children.filter(countsTowardsMax).map((c) => c.max));
}

/** Max of a subtree computed from its leaves alone, ignoring what the inner nodes state. */
export function computedMax(node: FrameworkNode): Points {
  if (!countsTowardsMax(node)) return ZERO;
  if (isLeaf(node)) return node.max;
  return sum(node.children.map(computedMax));
}

/** The framework's max from the leaves (normally 100). */
export function leavesMax(nodes: readonly FrameworkNode[]): Points {
  return sum(nodes.map(computedMax));
}

/** Sum of the top-level nodes' stated maxima (bonus/penalty excluded). */
export function topLevelMax(nodes: readonly FrameworkNode[]): Points {
  return sum(nodes.filter(countsTowardsMax).map((n) => n.max));
}

// ---------------------------------------------------------------- codes

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: [string, number][] = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

/**
 * Upper-case only: lower-case letters are item codes in Vietnamese documents ("a)", "c)"),
 * and "c" must not read as 100.
 */
export function isRoman(code: string): boolean {
  const s = code.trim();
  return s.length > 0 && ROMAN.test(s);
}

/** "XIV" → 14; undefined when the text is not a canonical upper-case Roman numeral. */
export function parseRoman(code: string): number | undefined {
  const s = code.trim();
  if (!isRoman(s)) return undefined;
  let rest = s;
  let value = 0;
  for (const [sym, v] of ROMAN_VALUES) {
    while (rest.startsWith(sym)) {
      value += v;
      rest = rest.slice(sym.length);
    }
  }
  return value;
}

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [sym, v] of ROMAN_VALUES) {
    while (rest >= v) {
      out += sym;
      rest -= v;
    }
  }
  return out;
}

/** Trims and drops a trailing dot or parenthesis ("1." → "1", "a)" → "a"). */
export function normalizeCode(code: string): string {
  return code.trim().replace(/[.)]$/, '');
}

const DOTTED = /^\d+(\.\d+)*$/;

export function isDottedCode(code: string): boolean {
  return DOTTED.test(normalizeCode(code));
}

/** "1.2.3" → [1, 2, 3]; undefined for anything else. */
export function parseDottedCode(code: string): number[] | undefined {
  const s = normalizeCode(code);
  return DOTTED.test(s) ? s.split('.').map(Number) : undefined;
}

/** Parent of a dotted code: "1.2.3" → "1.2"; "1" and non-dotted codes → null. */
export function parentCode(code: string): string | null {
  const parts = parseDottedCode(code);
  if (!parts || parts.length < 2) return null;
  return parts.slice(0, -1).join('.');
}

type Segment = { kind: 0; n: number } | { kind: 1; n: number } | { kind: 2; s: string };

function segments(code: string): Segment[] {
  return normalizeCode(code)
    .split('.')
    .map((part): Segment => {
      if (/^\d+$/.test(part)) return { kind: 1, n: Number(part) };
      const roman = parseRoman(part);
      if (roman !== undefined) return { kind: 0, n: roman };
      return { kind: 2, s: part };
    });
}

/**
 * Document order of codes: segment by segment, numbers numerically ("1.10" after "1.9"),
 * Roman parts before decimal codes, other text after; a prefix before its extensions;
 * uncoded rows last.
 */
export function compareCodes(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = segments(a);
  const y = segments(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p.kind !== q.kind) return p.kind - q.kind;
    const d = p.kind === 2 ? p.s.localeCompare((q as { s: string }).s) : p.n - (q as { n: number }).n;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The qualified code of a child: a dotted code extending its parent's keeps the parent's
 * scope ("I.1" + "1.1" → "I.1.1"); any other code is appended ("I" + "1" → "I.1",
 * "1.2" + "a" → "1.2.a"); an uncoded row gets "#n" from its position.
 */
export function qualifyCode(parent: { qualified: string; code: string | null } | null, code: string | null, index: number): string {
  if (code === null || code.trim() === '') return parent ? `${parent.qualified}.#${index + 1}` : `#${index + 1}`;
  const c = normalizeCode(code);
  if (!parent) return c;
  const pc = parent.code === null ? null : normalizeCode(parent.code);
  if (pc !== null && c.startsWith(`${pc}.`) && parent.qualified.endsWith(pc)) {
    return parent.qualified.slice(0, parent.qualified.length - pc.length) + c;
  }
  return `${parent.qualified}.${c}`;
}

/** How a finding names a row: "II.6", or the start of its name when it has no code. */
export function rowLabel(v: { qualified: string; node: { code: string | null; name: string } }): string {
  if (v.node.code !== null && v.node.code.trim() !== '') return v.qualified;
  const name = v.node.name.trim();
  return `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;
}

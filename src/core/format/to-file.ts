import type { Framework, FrameworkNode } from '../framework';
import { toDecimalString } from '../points';
import type { Points } from '../points';
import type { Level, Rubric } from '../rubric/types';
import type { SurveySettings } from '../survey/settings';
import { qualifyCode } from '../tree';
import { defaultLevelId } from './from-file';

/**
 * Core types → the plain object written to a file, keys in a fixed order so that the same
 * framework always produces the same text (diffs show only real changes). Values equal to
 * their defaults (generated ids) are left out; nothing else is.
 */

type Plain = Record<string, unknown>;

/** Exact decimal as a JSON/YAML number: 0.75, 22, 1.5. */
export function pointsOut(p: Points): number {
  return Number(toDecimalString(p));
}

/** Hundredths of a percent → % as a number: 9500 → 95, 8001 → 80.01. */
export function percentOut(hundredths: number): number {
  const neg = hundredths < 0;
  const a = Math.abs(hundredths);
  const frac = String(a % 100).padStart(2, '0').replace(/0+$/, '');
  return Number(`${neg ? '-' : ''}${Math.floor(a / 100)}${frac ? `.${frac}` : ''}`);
}

/** Drops undefined values; insertion order is the written order. */
function compact(entries: [string, unknown][]): Plain {
  const out: Plain = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

function levelOut(l: Level, i: number): Plain {
  return compact([
    ['id', l.id === defaultLevelId(i) ? undefined : l.id],
    ['label', l.label],
    ['labelEn', l.labelEn],
    ['points', pointsOut(l.points)],
  ]);
}

export function rubricOut(r: Rubric): Plain {
  switch (r.type) {
    case 'levels':
      return { type: r.type, levels: r.levels.map(levelOut) };
    case 'checklist':
      return { type: r.type, items: r.items.map(levelOut) };
    case 'deadline':
      return compact([
        ['type', r.type],
        ['deadline', r.deadline],
        ['tiers', r.tiers.map((t) => compact([['maxDaysLate', t.maxDaysLate], ['points', pointsOut(t.points)], ['label', t.label], ['labelEn', t.labelEn]]))],
        ['missingPoints', pointsOut(r.missingPoints)],
        ['missingLabel', r.missingLabel],
      ]);
    case 'percent-bands':
      return {
        type: r.type,
        bands: r.bands.map((b) =>
          compact([
            ['from', b.from === null ? undefined : percentOut(b.from)],
            ['fromExclusive', b.fromExclusive],
            ['to', b.to === null ? undefined : percentOut(b.to)],
            ['toInclusive', b.toInclusive],
            ['points', pointsOut(b.points)],
            ['label', b.label],
            ['labelEn', b.labelEn],
          ]),
        ),
      };
    case 'proportional':
    case 'manual':
      return compact([['type', r.type], ['step', r.step === undefined ? undefined : pointsOut(r.step)]]);
    case 'deduction':
      return compact([['type', r.type], ['perItem', pointsOut(r.perItem)], ['floor', r.floor === undefined ? undefined : pointsOut(r.floor)], ['itemLabel', r.itemLabel]]);
    case 'count':
      return compact([['type', r.type], ['perItem', pointsOut(r.perItem)], ['cap', r.cap === undefined ? undefined : pointsOut(r.cap)], ['itemLabel', r.itemLabel]]);
    case 'share-of-max':
      return {
        type: r.type,
        levels: r.levels.map((l, i) => compact([['id', l.id === defaultLevelId(i) ? undefined : l.id], ['label', l.label], ['labelEn', l.labelEn], ['share', percentOut(l.share)]])),
      };
    case 'yes-no':
      return compact([
        ['type', r.type],
        ['yesLabel', r.yesLabel],
        ['noLabel', r.noLabel],
        ['yes', r.yes === undefined ? undefined : pointsOut(r.yes)],
        ['no', r.no === undefined ? undefined : pointsOut(r.no)],
      ]);
  }
}

export function surveyOut(s: SurveySettings): Plain {
  return compact([
    ['answers', s.answers?.map((a) => compact([['answer', a.answer], ['label', a.label], ['labelEn', a.labelEn], ['share', percentOut(a.share)]]))],
    ['groups', s.groups?.map((g) => compact([['name', g.name], ['nameEn', g.nameEn], ['weight', g.weight === undefined ? undefined : pointsOut(g.weight)]]))],
    ['step', s.step === undefined ? undefined : pointsOut(s.step)],
    ['note', s.note],
  ]);
}

function nodeOut(n: FrameworkNode, parent: { qualified: string; code: string | null } | null, index: number): Plain {
  const qualified = qualifyCode(parent, n.code, index);
  const here = { qualified, code: n.code };
  return compact([
    ['id', n.id === qualified ? undefined : n.id],
    ['code', n.code ?? undefined],
    ['name', n.name],
    ['nameEn', n.nameEn],
    ['max', pointsOut(n.max)],
    ['kind', n.kind],
    ['scoredBy', n.scoredBy],
    ['appraisingDepartment', n.appraisingDepartment],
    ['naAllowed', n.naAllowed],
    ['naPolicy', n.naPolicy],
    ['survey', n.survey === undefined ? undefined : surveyOut(n.survey)],
    ['rubric', n.rubric === undefined ? undefined : rubricOut(n.rubric)],
    ['evidence', n.evidence],
    ['note', n.note],
    ['children', n.children.length === 0 ? undefined : n.children.map((c, i) => nodeOut(c, here, i))],
  ]);
}

export function toFile(fw: Framework): Plain {
  return compact([
    ['formatVersion', fw.formatVersion],
    ['id', fw.id],
    ['name', fw.name],
    ['unitType', fw.unitType],
    ['year', fw.year],
    ['version', fw.version],
    ['naPolicy', fw.naPolicy],
    ['totalMax', fw.statedMax === undefined ? undefined : pointsOut(fw.statedMax)],
    ['source', fw.source],
    ['survey', fw.survey === undefined ? undefined : surveyOut(fw.survey)],
    ['bands', fw.bands.map((b) => ({ code: b.code, label: { vi: b.label.vi, en: b.label.en }, from: percentOut(b.minIndex) }))],
    ['nodes', fw.nodes.map((n, i) => nodeOut(n, null, i))],
    ['repairs', fw.repairs],
  ]);
}

import { describe, expect, it } from 'vitest';
import { parsePoints } from '../points';
import { setFile } from './file.test-helpers';
import { parseFramework } from './parse';
import { serializeFramework, serializeFrameworkJson } from './serialize';

// The survey part of the criteria-set file: answer shares, respondent groups, step — on the
// set and overridden on one criterion.
const FILE = setFile(
  'xa-khao-sat',
  'Bộ tiêu chí thử có điều tra xã hội học',
  `survey:
  answers:
    - { answer: A, label: Rất hài lòng, labelEn: Very satisfied, share: 100 }
    - { answer: B, label: Hài lòng, share: "75" }
    - { answer: C, label: Bình thường, share: "33,33" }
    - { answer: D, label: Không hài lòng, share: 0 }
  groups:
    - { name: Người dân, nameEn: Citizens, weight: 2 }
    - { name: Doanh nghiệp, weight: "0,5" }
    - { name: Công chức }
bands: []
nodes:
  - code: "1"
    name: Sự hài lòng
    max: 6
    children:
      - code: "1.1"
        name: Hài lòng về thủ tục
        max: 3
        scoredBy: survey
        survey:
          answers:
            - { answer: 1, share: 100 }
            - { answer: 2, share: 50 }
          step: "0,25"
          note: Phiếu hai phương án của Bộ Nội vụ
        rubric: { type: manual }
      - code: "1.2"
        name: Hài lòng về công chức
        max: 3
        scoredBy: survey
        rubric: { type: manual }
`,
);

function ok(text: string) {
  const r = parseFramework(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.framework;
}

describe('survey settings in the criteria-set file', () => {
  it('reads shares as hundredths of a percent, weights and step as exact points', () => {
    const fw = ok(FILE);
    expect(fw.survey).toEqual({
      answers: [
        { answer: 'A', label: 'Rất hài lòng', labelEn: 'Very satisfied', share: 10_000 },
        { answer: 'B', label: 'Hài lòng', share: 7_500 },
        { answer: 'C', label: 'Bình thường', share: 3_333 },
        { answer: 'D', label: 'Không hài lòng', share: 0 },
      ],
      groups: [
        { name: 'Người dân', nameEn: 'Citizens', weight: parsePoints('2') },
        { name: 'Doanh nghiệp', weight: parsePoints('0.5') },
        { name: 'Công chức' },
      ],
    });
    const leaf = fw.nodes[0]!.children[0]!;
    // An unquoted `answer: 1` is read as the text "1".
    expect(leaf.survey).toEqual({ answers: [{ answer: '1', share: 10_000 }, { answer: '2', share: 5_000 }], step: parsePoints('0.25'), note: 'Phiếu hai phương án của Bộ Nội vụ' });
    expect(fw.nodes[0]!.children[1]!.survey).toBeUndefined();
  });

  it('writes them back in the canonical layout and round-trips', () => {
    const fw = ok(FILE);
    const text = serializeFramework(fw);
    expect(text).toContain('survey:\n  answers:\n    - answer: A\n      label: Rất hài lòng\n      labelEn: Very satisfied\n      share: 100\n');
    expect(text).toContain('      share: 33.33\n');
    expect(text).toContain('    - name: Doanh nghiệp\n      weight: 0.5\n');
    expect(text).toContain('        scoredBy: survey\n        survey:\n          answers:\n            - answer: "1"\n');
    expect(ok(text)).toEqual(fw);
    expect(serializeFramework(ok(text))).toBe(text);
    expect(ok(serializeFrameworkJson(fw))).toEqual(fw);
  });

  it('names the path and line of shares out of range, three decimals, zero weights and unknown keys', () => {
    const r = parseFramework(
      FILE.replace('share: "75"', 'share: 120').replace('share: "33,33"', 'share: "33,333"').replace('weight: "0,5"', 'weight: 0').replace('  groups:\n', '  group: []\n  groups:\n'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e]));
    expect(byPath['survey.answers[1].share']).toMatchObject({ line: 11, message: { vi: 'Tỷ lệ phải trong khoảng 0–100%: 120' } });
    expect(byPath['survey.answers[2].share']!.message.en).toContain('at most 2 decimals');
    expect(byPath['survey.group']!.message.en).toBe('Unknown field "group" (misspelt?)');
    expect(byPath['survey.groups[1].weight']).toMatchObject({ line: 17, message: { vi: 'Trọng số phải lớn hơn 0: 0' } });
    expect(r.errors).toHaveLength(4);
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parsePoints } from '../points';
import { parseFramework } from './parse';
import { serializeFramework, serializeFrameworkJson } from './serialize';
import { decoratedFrameworkArb } from './arbitrary.test-helpers';

const HEADER = `formatVersion: 1
id: thu-nghiem
name: Bộ tiêu chí thử
unitType: commune
year: 2024
version: 1
naPolicy: exclude
bands:
  - code: tot
    label: { vi: Tốt, en: Good }
    from: 90
`;

function ok(text: string) {
  const r = parseFramework(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.framework;
}

function errors(text: string) {
  const r = parseFramework(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseFramework', () => {
  it('reads points, percentages, codes and generated ids', () => {
    const fw = ok(`${HEADER}totalMax: "10,5"
nodes:
  - code: I
    name: Phần I
    max: 10
    children:
      - code: 1.10
        name: A
        max: "0,75"
        rubric:
          type: percent-bands
          bands:
            - { from: 99.5, points: 1, label: "từ 99,5% trở lên" }
            - { to: "99,5", points: 0, label: "dưới 99,5%" }
      - name: B
        max: 0.25
`);
    expect(fw.statedMax).toBe(parsePoints('10.5'));
    expect(fw.version).toBe('1');
    expect(fw.bands[0]!.minIndex).toBe(9000);
    const [a, b] = fw.nodes[0]!.children;
    expect(a!.code).toBe('1.10');
    expect(a!.id).toBe('I.1.10');
    expect(a!.max).toBe(parsePoints('0.75'));
    expect(a!.rubric).toEqual({
      type: 'percent-bands',
      bands: [
        { from: 9950, to: null, points: parsePoints('1'), label: 'từ 99,5% trở lên' },
        { from: null, to: 9950, points: parsePoints('0'), label: 'dưới 99,5%' },
      ],
    });
    expect(b!.code).toBeNull();
    expect(b!.id).toBe('I.#2');
  });

  it('accepts JSON', () => {
    const fw = ok(JSON.stringify({
      formatVersion: 1, id: 'j', name: 'J', unitType: 'department', year: 2023, version: '2', naPolicy: 'full', bands: [],
      nodes: [{ code: '1', name: 'Một', max: '2,5', rubric: { type: 'levels', levels: [{ label: 'Đạt', points: 2.5 }, { id: 'khong', label: 'Không', points: 0 }] } }],
    }));
    expect(fw.nodes[0]!.rubric).toEqual({
      type: 'levels',
      levels: [{ id: '1', label: 'Đạt', points: parsePoints('2.5') }, { id: 'khong', label: 'Không', points: 0 }],
    });
  });

  it('names the path and the line of every error', () => {
    const errs = errors(`${HEADER}nodes:
  - code: I
    name: Phần I
    max: 10
    children:
      - code: "1"
        name: A
        max: "0,75x"
      - code: "2"
        nam: B
        max: -1
      - code: "3"
        name: C
        max: 1
        rubric: { type: deadline, deadline: 2023-02-30, tiers: [], missingPoints: 0 }
      - code: "4"
        name: D
        max: 1
        rubric: { type: level, levels: [] }
`);
    const byPath = Object.fromEntries(errs.map((e) => [e.path, e]));
    expect(byPath['nodes[0].children[0].max']).toMatchObject({ line: 19, message: { vi: expect.stringContaining('không phải là số điểm') } });
    expect(byPath['nodes[0].children[1].name']).toMatchObject({ line: 20, message: { vi: 'Thiếu trường bắt buộc' } });
    expect(byPath['nodes[0].children[1].nam']).toMatchObject({ line: 21, message: { en: 'Unknown field "nam" (misspelt?)' } });
    expect(byPath['nodes[0].children[1].max']).toMatchObject({ line: 22, message: { vi: 'Điểm không được âm: -1' } });
    expect(byPath['nodes[0].children[2].rubric.deadline']).toMatchObject({ line: 26, message: { vi: 'Ngày không tồn tại: 2023-02-30' } });
    expect(byPath['nodes[0].children[2].rubric.tiers']!.line).toBe(26);
    expect(byPath['nodes[0].children[3].rubric.type']!.message.vi).toContain('"percent-bands"');
    expect(errs).toHaveLength(7);
    for (const e of errs) expect(e.message.vi).not.toBe(e.message.en);
  });

  it('reports syntax errors with a line, and wrong top-level shapes', () => {
    const [syntax] = errors('formatVersion: 1\nnodes: [1,\n');
    expect(syntax!.line).toBeGreaterThan(0);
    expect(syntax!.message.vi).toMatch(/^Lỗi cú pháp/);
    expect(errors('- a\n- b\n')[0]!.message.en).toContain('must be an object');
    expect(errors('formatVersion: 2\n')[0]).toMatchObject({ path: 'formatVersion', line: 1 });
    expect(errors(`${HEADER}nodes: []\n`)[0]!.path).toBe('nodes');
    expect(errors(HEADER.replace('unitType: commune\n', ''))[0]!.message.vi).toContain('Thiếu trường bắt buộc');
  });

  it('rejects duplicate level ids and five-decimal points', () => {
    const errs = errors(`${HEADER}nodes:
  - code: "1"
    name: A
    max: 1.00001
    rubric: { type: levels, levels: [{ id: a, label: x, points: 1 }, { id: a, label: y, points: 0 }] }
`);
    expect(errs.map((e) => e.path).sort()).toEqual(['nodes[0].max', 'nodes[0].rubric.levels[1].id']);
  });
});

describe('serializeFramework', () => {
  it('writes a stable, diff-friendly layout', () => {
    const fw = ok(`${HEADER}nodes:
  - { max: "1,5", name: Một, code: 1 }
`);
    const text = serializeFramework(fw);
    expect(text).toContain('nodes:\n  - code: "1"\n    name: Một\n    max: 1.5\n');
    expect(serializeFramework(ok(text))).toBe(text);
    expect(JSON.parse(serializeFrameworkJson(fw))).toMatchObject({ nodes: [{ code: '1', max: 1.5 }] });
  });

  it('round-trips: parse(serialize(fw)) deep-equals fw', () => {
    fc.assert(
      fc.property(decoratedFrameworkArb(), (fw) => {
        const text = serializeFramework(fw);
        const back = parseFramework(text);
        if (!back.ok) throw new Error(`${JSON.stringify(back.errors)}\n${text}`);
        expect(back.framework).toEqual(fw);
        const json = parseFramework(serializeFrameworkJson(fw));
        expect(json.ok && json.framework).toEqual(fw);
      }),
      { numRuns: 60 },
    );
  });
});

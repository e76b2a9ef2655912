// Self index vs appraised index per field over the unit type, and the gap in percentage points.
// A plain table in the ranking's look (ranking.css): the results screens need no antd Table.
import type { z } from 'zod';
import type { fieldGap } from '../../../../src/shared/api/results';
import type { Locale } from '../../api/types';
import { fmtIndex, fmtPoints } from '../assessment/format';
import type { ResultsMessages } from './messages';
import { fmtSignedPoints } from './numbers';
import './ranking.css';

type Gap = z.infer<typeof fieldGap>;

export function GapTable({ gaps, locale, r }: { gaps: Gap[]; locale: Locale; r: ResultsMessages }) {
  return (
    <div className="chiso-ranking plain" data-testid="gap-table">
      <table>
        <colgroup>
          <col />
          <col style={{ width: 100 }} />
          <col style={{ width: 130 }} />
          <col style={{ width: 160 }} />
          <col style={{ width: 160 }} />
        </colgroup>
        <thead>
          <tr>
            <th>{r.field}</th>
            <th className="num">{r.max}</th>
            <th className="num">{r.selfIndex}</th>
            <th className="num">{r.finalIndex}</th>
            <th className="num">{r.gap}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g) => (
            <tr key={g.nodeId}>
              <td>{`${g.code ? `${g.code}. ` : ''}${g.name}`}</td>
              <td className="num">{fmtPoints(g.max, locale)}</td>
              <td className="num">{fmtIndex(g.selfIndex, locale)}</td>
              <td className="num">{fmtIndex(g.finalIndex, locale)}</td>
              <td className="num">{fmtSignedPoints(g.gap, locale, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

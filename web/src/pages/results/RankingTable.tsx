// The ranking of a unit type: rank (ties share the number, "tied" as a tooltip), unit, total, index, band, points per
// field and the change since last year. Used by the organiser's results page and the public page
// (which has no self scores).
//
// A plain <table> in antd's look (ranking.css) rather than antd's Table: 120 units × 18 columns
// are 2 000 cells, and antd's cell components (hooks, measuring for the fixed columns, a
// tooltip per tie) took most of the page's time to interactive. Rank and unit stay in view
// while the field columns scroll sideways, and the header while the rows scroll (position: sticky).
import type { KeyboardEvent } from 'react';
import type { RankingRow } from '../../../../src/shared/api/results';
import type { Locale } from '../../api/types';
import { BAND_COLORS } from '../../components/charts/format';
import { fmtIndex, fmtPoints } from '../assessment/format';
import type { ResultsMessages } from './messages';
import { fmtRankChange, fmtSignedPoints } from './numbers';
import './ranking.css';

type Row = Pick<RankingRow, 'unitId' | 'unitCode' | 'unitName' | 'rank' | 'tied' | 'total' | 'max' | 'index' | 'band' | 'fields' | 'indexChange' | 'rankChange'> &
  Partial<Pick<RankingRow, 'selfIndex' | 'finalised' | 'pending'>>;

interface Props {
  rows: Row[];
  fields: { nodeId: string; code: string | null; name: string; max: string }[];
  bands: { code: string }[];
  locale: Locale;
  r: ResultsMessages;
  showSelf: boolean;
  showChange: boolean;
  onPick?: (unitId: string) => void;
}

export function RankingTable({ rows, fields, bands, locale, r, showSelf, showChange, onPick }: Props) {
  const bandColor = (code: string) => BAND_COLORS[Math.max(0, bands.findIndex((b) => b.code === code))];
  const pick = onPick ? (unitId: string) => onPick(unitId) : undefined;
  const onKey = (e: KeyboardEvent, unitId: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick?.(unitId);
    }
  };
  return (
    <div className="chiso-ranking tall" data-testid="ranking-table">
      <table>
        <colgroup>
          <col style={{ width: 64 }} />
          <col style={{ width: 240 }} />
          <col style={{ width: 100 }} />
          <col style={{ width: 100 }} />
          {showSelf ? <col style={{ width: 110 }} /> : null}
          <col style={{ width: 120 }} />
          {fields.map((f) => (
            <col key={f.nodeId} style={{ width: 72 }} />
          ))}
          {showChange ? (
            <>
              <col style={{ width: 110 }} />
              <col style={{ width: 110 }} />
            </>
          ) : null}
        </colgroup>
        <thead>
          <tr>
            <th className="sticky first center">{r.rank}</th>
            <th className="sticky second">{r.unit}</th>
            <th className="num">{r.total}</th>
            <th className="num">{r.index}</th>
            {showSelf ? <th className="num">{r.selfIndex}</th> : null}
            <th>{r.band}</th>
            {fields.map((f) => (
              <th key={f.nodeId} className="num" title={`${f.name} (${fmtPoints(f.max, locale)})`}>
                {f.code ?? f.name}
              </th>
            ))}
            {showChange ? (
              <>
                <th className="num">{r.change}</th>
                <th className="center">{r.rankChange}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.unitId}
              data-testid="ranking-row"
              data-unit={row.unitName}
              data-rank={String(row.rank ?? '')}
              className={pick ? 'pickable' : undefined}
              tabIndex={pick ? 0 : undefined}
              onClick={pick ? () => pick(row.unitId) : undefined}
              onKeyDown={pick ? (e) => onKey(e, row.unitId) : undefined}
            >
              <td className="sticky first center">
                {/* Officials write a tie as the same number ("1", "1", "3"); "tied" is only a tooltip. */}
                <strong data-testid="rank" className={row.tied ? 'tie' : undefined} title={row.tied ? r.tied : undefined}>
                  {row.rank ?? '–'}
                </strong>
              </td>
              <td className="sticky second">
                {row.unitName}
                {row.finalised === false ? (
                  <span className="chiso-tag" data-testid="not-finalised">
                    {(row.pending ?? 0) > 0 ? r.pending(row.pending ?? 0) : r.notFinalised}
                  </span>
                ) : null}
              </td>
              <td className="num">{fmtPoints(row.total, locale)}</td>
              <td className="num">
                <strong data-testid="index">{fmtIndex(row.index, locale)}</strong>
              </td>
              {showSelf ? <td className="num">{fmtIndex(row.selfIndex, locale)}</td> : null}
              <td>
                {row.band ? (
                  <span className="chiso-tag solid" style={{ background: bandColor(row.band.code) }} data-testid="band">
                    {row.band.label[locale]}
                  </span>
                ) : (
                  '–'
                )}
              </td>
              {fields.map((f, i) => (
                <td key={f.nodeId} className="num">
                  {fmtPoints(row.fields[i] ?? null, locale)}
                </td>
              ))}
              {showChange ? (
                <>
                  <td className="num">{fmtSignedPoints(row.indexChange, locale, 2)}</td>
                  <td className="center">{fmtRankChange(row.rankChange)}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

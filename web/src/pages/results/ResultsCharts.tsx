// The charts of a results view: ranking bars, a unit's radar per field against the average and
// the best, and the self vs appraisal gap per field. Built from the same figures as the table
// (decimal strings turned into numbers for drawing only).
import { Card, Col, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { PublicResults } from '../../../../src/shared/api/results';
import type { Locale } from '../../api/types';
import { FieldRadar } from '../../components/charts/FieldRadar';
import { GapBars } from '../../components/charts/GapBars';
import { RankingBars } from '../../components/charts/RankingBars';
import type { ResultsMessages } from './messages';

const num = (v: string | null | undefined): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

interface Props {
  data: Pick<PublicResults, 'fields' | 'bands' | 'rows' | 'fieldGaps'>;
  unitId: string | undefined;
  onUnit: (unitId: string) => void;
  locale: Locale;
  r: ResultsMessages;
  /** Extra chart (the trend, for signed-in users). */
  extra?: ReactNode;
}

export function ResultsCharts({ data, unitId, onUnit, locale, r, extra }: Props) {
  const bands = useMemo(() => data.bands.map((b) => ({ code: b.code, label: b.label[locale], minIndex: Number(b.minIndex) })), [data.bands, locale]);
  const units = useMemo(() => data.rows.map((u) => ({ name: u.unitName, rank: u.rank, index: num(u.index), band: u.band?.code ?? null })), [data.rows]);
  const radar = useMemo(() => {
    // Per field: points / max × 100 for the unit, the mean over units and the best unit.
    const max = data.fields.map((f) => Number(f.max));
    const shares = data.rows.map((row) => row.fields.map((p, i) => (p === null || !max[i] ? null : (Number(p) * 100) / (max[i] ?? 1))));
    const column = (i: number) => shares.map((s) => s[i]).filter((v): v is number => v !== null && v !== undefined);
    const round = (v: number) => Math.round(v * 100) / 100;
    const average = data.fields.map((_, i) => {
      const c = column(i);
      return c.length ? round(c.reduce((a, b) => a + b, 0) / c.length) : null;
    });
    const best = data.fields.map((_, i) => {
      const c = column(i);
      return c.length ? round(Math.max(...c)) : null;
    });
    const at = data.rows.findIndex((row) => row.unitId === unitId);
    const mine = (shares[at] ?? []).map((v) => (v === null ? null : round(v)));
    const picked = data.rows[at];
    return {
      // Codes on the axes (long Vietnamese field names would run off the chart); names in the legend table.
      indicators: data.fields.map((f) => ({ name: f.code ?? f.name })),
      series: [...(picked ? [{ name: picked.unitName, values: mine }] : []), { name: r.average, values: average }, { name: r.best, values: best }],
    };
  }, [data.fields, data.rows, unitId, r]);
  const gaps = useMemo(
    () => data.fieldGaps.map((g) => ({ code: g.code, name: g.name, selfIndex: num(g.selfIndex), finalIndex: num(g.finalIndex), gap: num(g.gap) })),
    [data.fieldGaps],
  );

  return (
    <Row gutter={[16, 16]} data-testid="results-charts">
      <Col xs={24} xl={12}>
        <Card size="small" title={r.rankingChart}>
          <RankingBars units={units} bands={bands} locale={locale} title={r.rankingChart} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card
              size="small"
              title={r.radarChart}
              extra={
                <Select
                  showSearch
                  optionFilterProp="label"
                  aria-label={r.chooseUnit}
                  placeholder={r.chooseUnit}
                  style={{ width: 240 }}
                  value={unitId}
                  onChange={onUnit}
                  options={data.rows.map((u) => ({ value: u.unitId, label: u.unitName }))}
                  data-testid="chart-unit"
                />
              }
            >
              <FieldRadar indicators={radar.indicators} series={radar.series} locale={locale} title={r.radarChart} />
            </Card>
          </Col>
          {gaps.length > 0 ? (
            <Col span={24}>
              <Card size="small" title={r.gapChart}>
                <GapBars fields={gaps} labels={{ self: r.self, appraised: r.appraised, gap: r.gap }} locale={locale} title={r.gapChart} />
              </Card>
            </Col>
          ) : null}
          {extra ? <Col span={24}>{extra}</Col> : null}
        </Row>
      </Col>
    </Row>
  );
}

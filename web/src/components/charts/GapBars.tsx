// Self index vs appraised index per field as paired bars, the gap in the tooltip: where units
// over-scored themselves the most.
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { chartNumber, chartPercent } from './format';

interface Props {
  fields: { code: string | null; name: string; selfIndex: number | null; finalIndex: number | null; gap: number | null }[];
  labels: { self: string; appraised: string; gap: string };
  locale: Locale;
  title: string;
}

export function GapBars({ fields, labels, locale, title }: Props) {
  const option = useMemo(
    () => ({
      animation: false,
      color: ['#91caff', '#1677ff'],
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, data: [labels.self, labels.appraised] },
      tooltip: {
        trigger: 'axis',
        formatter: (ps: { dataIndex: number }[]) => {
          const f = fields[ps[0]?.dataIndex ?? 0];
          if (!f) return '';
          return `${f.code ?? ''} ${f.name}<br/>${labels.self}: ${chartPercent(f.selfIndex, locale)}<br/>${labels.appraised}: ${chartPercent(f.finalIndex, locale)}<br/>${labels.gap}: ${chartNumber(f.gap, locale)}`;
        },
      },
      xAxis: { type: 'category', data: fields.map((f) => f.code ?? f.name), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { type: 'bar', name: labels.self, data: fields.map((f) => f.selfIndex) },
        { type: 'bar', name: labels.appraised, data: fields.map((f) => f.finalIndex) },
      ],
    }),
    [fields, labels, locale],
  );
  return <EChart option={option} height={300} label={title} testId="chart-gap" />;
}

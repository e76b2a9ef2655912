// A unit's index over the years (and its rank in the tooltip).
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { chartPercent } from './format';

interface Props {
  points: { label: string; index: number | null; rank: number | null; of: number }[];
  locale: Locale;
  title: string;
  rankLabel: string;
}

export function TrendLine({ points, locale, title, rankLabel }: Props) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (ps: { dataIndex: number }[]) => {
          const p = points[ps[0]?.dataIndex ?? 0];
          return p ? `${p.label}<br/>${chartPercent(p.index, locale)}<br/>${rankLabel}: ${p.rank ?? '–'}/${p.of}` : '';
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.index),
          symbolSize: 8,
          label: { show: true, formatter: (p: { value: number }) => chartPercent(p.value, locale) },
        },
      ],
    }),
    [points, locale, rankLabel],
  );
  return <EChart option={option} height={260} label={title} testId="chart-trend" />;
}

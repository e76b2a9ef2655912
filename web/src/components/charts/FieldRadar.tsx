// A unit's index per field (0–100) on a radar, with the average and the best of its unit type
// for comparison.
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { chartPercent } from './format';

interface Props {
  indicators: { name: string }[];
  series: { name: string; values: (number | null)[] }[];
  locale: Locale;
  title: string;
}

const COLORS = ['#1677ff', '#faad14', '#52c41a'];

export function FieldRadar({ indicators, series, locale, title }: Props) {
  const option = useMemo(
    () => ({
      animation: false,
      color: COLORS,
      tooltip: { trigger: 'item', valueFormatter: (v: number) => chartPercent(v, locale) },
      legend: { bottom: 0, data: series.map((s) => s.name) },
      radar: {
        radius: '62%',
        center: ['50%', '48%'],
        indicator: indicators.map((i) => ({ name: i.name, max: 100 })),
        axisName: { color: '#434343', width: 120, overflow: 'break' },
      },
      series: [
        {
          type: 'radar',
          data: series.map((s, i) => ({
            name: s.name,
            value: s.values.map((v) => v ?? 0),
            areaStyle: i === 0 ? { opacity: 0.15 } : undefined,
          })),
        },
      ],
    }),
    [indicators, series, locale],
  );
  return <EChart option={option} height={380} label={title} testId="chart-radar" />;
}

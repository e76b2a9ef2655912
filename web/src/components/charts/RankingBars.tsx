// Ranking as horizontal bars, best at the top, coloured by classification band, with a dashed
// line at each band's lower bound. 120 units fit: the chart grows with the number of bars.
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { BAND_COLORS, chartPercent } from './format';

export interface RankingBar {
  name: string;
  rank: number | null;
  index: number | null;
  band: string | null;
}

interface Props {
  units: RankingBar[];
  bands: { code: string; label: string; minIndex: number }[];
  locale: Locale;
  title: string;
}

export function RankingBars({ units, bands, locale, title }: Props) {
  const option = useMemo(() => {
    const sorted = [...units].filter((u) => u.index !== null).sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
    const colorOf = (band: string | null) => BAND_COLORS[Math.max(0, bands.findIndex((b) => b.code === band))] ?? BAND_COLORS[4];
    return {
      animation: false,
      grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (v: number) => chartPercent(v, locale) },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => String(v) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: sorted.map((u) => `${u.rank ?? ''}. ${u.name}`),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: title,
          data: sorted.map((u) => ({ value: u.index, itemStyle: { color: colorOf(u.band) } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => chartPercent(p.value, locale) },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#8c8c8c' },
            label: { formatter: (p: { name: string }) => p.name, position: 'insideEndTop' },
            data: bands.filter((b) => b.minIndex > 0).map((b) => ({ name: b.label, xAxis: b.minIndex })),
          },
        },
      ],
    };
  }, [units, bands, locale, title]);
  const height = Math.max(220, units.length * 22 + 60);
  return <EChart option={option} height={height} label={title} testId="chart-ranking" />;
}

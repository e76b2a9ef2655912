// Ranking as horizontal bars, best at the top, coloured by classification band (named in the
// legend), with a dashed line at each band's lower bound. 120 units fit: the chart grows with
// the number of bars; full unit names, wrapped when long.
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { BAND_COLORS, chartNumber, chartPercent } from './format';

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

/** Names longer than this wrap onto a second line (and every bar gets the room for it). */
const LABEL_WIDTH = 250;
const LONG_NAME = 38;

export function RankingBars({ units, bands, locale, title }: Props) {
  const sorted = useMemo(() => [...units].filter((u) => u.index !== null).sort((a, b) => (b.index ?? 0) - (a.index ?? 0)), [units]);
  const rowHeight = sorted.some((u) => u.name.length > LONG_NAME) ? 34 : 24;
  const option = useMemo(() => {
    const colorOf = (band: string | null) => BAND_COLORS[Math.max(0, bands.findIndex((b) => b.code === band))] ?? BAND_COLORS[4];
    // The bands are named in the legend (colour, name, lower bound); the dashed lines carry only
    // their bound, above the plot, so no text is drawn over the bars.
    const legendName = (b: { label: string; minIndex: number }) => (b.minIndex > 0 ? `${b.label} (≥ ${chartNumber(b.minIndex, locale, 0)})` : b.label);
    return {
      animation: false,
      legend: { top: 0, left: 0, selectedMode: false, icon: 'rect', itemWidth: 12, itemHeight: 12, data: bands.map(legendName) },
      grid: { left: 8, right: 56, top: 52, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (v: number) => chartPercent(v, locale) },
      xAxis: { type: 'value', min: 0, max: 100, position: 'top', axisLabel: { formatter: (v: number) => String(v) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: sorted.map((u) => `${u.rank ?? ''}. ${u.name}`),
        // Full names: a long one wraps instead of being cut.
        axisLabel: { width: LABEL_WIDTH, overflow: 'break', lineHeight: 14 },
      },
      series: [
        {
          type: 'bar',
          name: title,
          barMaxWidth: 18,
          data: sorted.map((u) => ({ value: u.index, itemStyle: { color: colorOf(u.band) } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => chartPercent(p.value, locale) },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#8c8c8c' },
            label: { show: false },
            data: bands.filter((b) => b.minIndex > 0).map((b) => ({ name: b.label, xAxis: b.minIndex })),
          },
        },
        // Legend entries only (no data): one per band, in its colour.
        ...bands.map((b, i) => ({ type: 'line', name: legendName(b), data: [], itemStyle: { color: BAND_COLORS[i] ?? BAND_COLORS[4] } })),
      ],
    };
  }, [sorted, bands, locale, title]);
  const height = Math.max(220, sorted.length * rowHeight + 80);
  return <EChart option={option} height={height} label={title} testId="chart-ranking" />;
}

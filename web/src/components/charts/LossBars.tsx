// Points lost per field, most first: which fields cost the unit most (remediation screen).
import { useMemo } from 'react';
import type { Locale } from '../../api/types';
import { EChart } from './EChart';
import { chartNumber } from './format';

interface Props {
  fields: { label: string; lost: number }[];
  locale: Locale;
  title: string;
}

export function LossBars({ fields, locale, title }: Props) {
  const option = useMemo(
    () => ({
      animation: false,
      color: ['#cf1322'],
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', valueFormatter: (v: number) => chartNumber(v, locale) },
      xAxis: { type: 'value', min: 0 },
      yAxis: { type: 'category', inverse: true, data: fields.map((f) => f.label), axisLabel: { width: 240, overflow: 'truncate' } },
      series: [{ type: 'bar', data: fields.map((f) => f.lost), label: { show: true, position: 'right', formatter: (p: { value: number }) => chartNumber(p.value, locale) } }],
    }),
    [fields, locale],
  );
  return <EChart option={option} height={Math.max(160, fields.length * 32 + 40)} label={title} testId="chart-loss" />;
}

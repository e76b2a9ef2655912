// One ECharts instance in a div: created on mount, given the new option on every change,
// resized with its box, disposed on unmount. The option is built by the caller (display only —
// the figures come as numbers from the server's chart endpoints).
import { useEffect, useRef } from 'react';
import { echarts } from './echarts';
import type { EChartsCoreOption } from './echarts';

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** Accessible summary of what the chart shows. */
  label: string;
  testId?: string;
}

export function EChart({ option, height, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, true);
    box.current?.setAttribute('data-rendered', 'yes');
  }, [option]);

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}

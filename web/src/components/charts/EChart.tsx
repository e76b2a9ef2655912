// One ECharts instance in a div: created on mount, given the new option on every change,
// resized with its box, disposed on unmount. The option is built by the caller (display only —
// the figures come as numbers from the server's chart endpoints). ECharts itself (the largest
// library, its own chunk) is fetched when the first chart mounts, not with the screen: the
// box keeps its height meanwhile, so nothing moves when the chart appears. A chart on screen
// (or within a screen of it) is drawn at once; one further down when the browser is idle or
// the reader scrolls near it, so a page of charts does not hold up the rest of it.
import { useEffect, useRef, useState } from 'react';
import type * as Charts from './echarts';
import type { EChartsCoreOption } from './echarts';

type Instance = ReturnType<typeof Charts.echarts.init>;

let library: Promise<typeof Charts> | null = null;
/** The charts chunk, fetched once; screens with charts may call it early to overlap the download. */
export function loadCharts(): Promise<typeof Charts> {
  library ??= import('./echarts');
  return library;
}

/** requestIdleCallback where the browser has it (at most 2 s late), else a short timer. */
function whenIdle(fn: () => void): number {
  return typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(fn, { timeout: 2000 }) : window.setTimeout(fn, 200);
}

function cancelIdle(handle: number): void {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** Accessible summary of what the chart shows. */
  label: string;
  testId?: string;
}

export function EChart({ option, height, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<Instance | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let instance: Instance | null = null;
    let resized: ResizeObserver | null = null;
    let gone = false;
    let started = false;
    const start = () => {
      if (started || gone) return;
      started = true;
      near.disconnect();
      cancelIdle(idle);
      void loadCharts().then(({ echarts }) => {
        if (gone) return;
        instance = echarts.init(el, undefined, { renderer: 'canvas' });
        const created = instance;
        resized = new ResizeObserver(() => created.resize());
        resized.observe(el);
        setChart(instance);
      });
    };
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '100% 0px' });
    near.observe(el);
    const idle = whenIdle(start);
    return () => {
      gone = true;
      near.disconnect();
      cancelIdle(idle);
      resized?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart) return;
    chart.setOption(option, true);
    box.current?.setAttribute('data-rendered', 'yes');
  }, [chart, option]);

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}

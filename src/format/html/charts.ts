// Charts of the HTML report, rendered to SVG when the report is written (ECharts' server-side rendering), so the
// page needs no script library and no network. ECharts is loaded once per process, only when a chart is drawn.
import { createRequire } from 'node:module';

type ECharts = {
  init(dom: null, theme: null, opts: { renderer: 'svg'; ssr: true; width: number; height: number }): {
    setOption(o: unknown): void;
    renderToSVGString(): string;
    dispose(): void;
  };
};

let echarts: ECharts | undefined;

function lib(): ECharts {
  // The CommonJS bundle loads in a third of the time of the ES module tree.
  echarts ??= createRequire(import.meta.url)('echarts') as ECharts;
  return echarts;
}

export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const PALETTE = ['#b22222', '#1f5fa8', '#2e7d32', '#b8860b', '#6a1b9a', '#00838f', '#5d4037', '#c2185b'];

/** One chart as an SVG string; `title` becomes its accessible name. */
export function renderChart(option: Record<string, unknown>, width: number, height: number, title: string): string {
  const chart = lib().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT }, ...option });
    const svg = chart.renderToSVGString();
    return svg.replace('<svg ', `<svg role="img" aria-label="${title.replace(/[&<>"]/g, '')}" class="chart" `);
  } finally {
    chart.dispose();
  }
}

export interface BarItem { label: string; value: number; color?: string }

/** Horizontal bars, negative to the left: keyness (over/under), rank shifts. */
export function divergingBars(items: BarItem[], opts: { title: string; width?: number; axisName?: string }): string {
  const rows = [...items].reverse();
  const height = Math.max(160, 40 + rows.length * 22);
  return renderChart({
    grid: { left: 120, right: 40, top: 20, bottom: 40 },
    xAxis: { type: 'value', name: opts.axisName ?? '', nameLocation: 'middle', nameGap: 26, splitLine: { lineStyle: { color: '#e5e5e5' } } },
    yAxis: { type: 'category', data: rows.map((r) => r.label), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
    series: [{
      type: 'bar',
      barMaxWidth: 16,
      data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color ?? (r.value >= 0 ? PALETTE[0] : PALETTE[1]) } })),
      label: { show: true, position: 'outside', fontSize: 11, formatter: (p: { value: number }) => String(p.value) },
    }],
  }, opts.width ?? 1000, height, opts.title);
}

/** Vertical bars of counts by category (types, lengths, years). */
export function columns(labels: string[], values: number[], opts: { title: string; width?: number; height?: number; axisName?: string }): string {
  return renderChart({
    grid: { left: 56, right: 20, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: labels.length <= 12 ? 0 : 'auto', fontSize: 11, rotate: labels.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: opts.axisName ?? '', splitLine: { lineStyle: { color: '#e5e5e5' } } },
    series: [{ type: 'bar', barMaxWidth: 36, data: values, label: { show: labels.length <= 24, position: 'top', fontSize: 11 } }],
  }, opts.width ?? 1000, opts.height ?? 280, opts.title);
}

/** Presence of terms (rows) over years (columns): a dot per year a term is used, its size by the count. */
export function timelineChart(years: number[], rows: Array<{ label: string; counts: Array<{ year: number; count: number }> }>, opts: { title: string; width?: number }): string {
  const labels = rows.map((r) => r.label).reverse();
  const max = Math.max(1, ...rows.flatMap((r) => r.counts.map((c) => c.count)));
  const data = rows.flatMap((r) => r.counts.map((c) => [String(c.year), r.label, c.count]));
  const height = Math.max(200, 70 + rows.length * 24);
  return renderChart({
    grid: { left: 150, right: 24, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { rotate: years.length > 14 ? 45 : 0, fontSize: 11 }, splitLine: { show: true, lineStyle: { color: '#f0f0f0' } } },
    yAxis: { type: 'category', data: labels, axisLabel: { fontSize: 12 } },
    series: [{
      type: 'scatter',
      data,
      symbolSize: (v: [string, string, number]) => 5 + 13 * Math.sqrt(v[2] / max),
      itemStyle: { color: PALETTE[0], opacity: 0.8 },
    }],
  }, opts.width ?? 1000, height, opts.title);
}

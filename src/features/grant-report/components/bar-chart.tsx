/**
 * A bar chart drawn with Chart.js on a canvas. Only the bar chart's parts are registered (tree-shaken:
 * this module, loaded with the report's route, is the only one that imports chart.js). The canvas is
 * an image to assistive technology, named by its title and pointing at the table with its numbers;
 * the chart does not animate (it is read, printed and photographed, not watched).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export type BarSeries = { label: string; values: readonly (number | null)[]; colour: string };

export type BarChartData = {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** Values are shares (0–1), drawn as 0–100 %. */
  percent?: boolean;
};

function chartConfig({ labels, series, percent = false }: BarChartData, font: string): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values.map((v) => (v === null ? null : percent ? Math.round(v * 1000) / 10 : v)) as number[],
        backgroundColor: s.colour,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Sharper on paper and on the tablets' high-density screens.
      devicePixelRatio: Math.max(2, window.devicePixelRatio),
      font: { family: font },
      plugins: { legend: { display: series.length > 1, labels: { font: { family: font, size: 13 }, color: '#1b1f24' } } },
      scales: {
        x: { ticks: { font: { family: font, size: 12 }, color: '#1b1f24', autoSkip: false } },
        y: {
          beginAtZero: true,
          ...(percent ? { max: 100 } : {}),
          ticks: { precision: 0, font: { family: font, size: 12 }, color: '#1b1f24', ...(percent ? { callback: (v) => `${v}%` } : {}) },
        },
      },
    },
  };
}

export function BarChart({ title, description, data }: { title: string; description: string; data: BarChartData }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, chartConfig(data, getComputedStyle(canvas.current).fontFamily));
    // Chart.js's way to print: redraw at the printed size before the printout is taken (its resize
    // observer would answer after it), and back at the screen's size after.
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    };
  }, [data]);
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{title}</figcaption>
      <div className="report-chart__box">
        <canvas ref={canvas} role="img" aria-label={`${title}。${description}`} />
      </div>
    </figure>
  );
}

import { useId, useLayoutEffect, useState } from 'react';
import type { Conflict, MemberComparison } from '../../shared/compare/types';
import { truncate } from '../app';
import { quantityChip } from './chips';
import { rangeChart } from './range-chart';

/** The widest the chart is drawn; narrower containers get a narrower plot, never smaller text. */
const MAX_WIDTH = 720;
const MIN_WIDTH = 340;
const VALUE_W = 130;
const ROW_H = 30;
const TOP = 8;
const AXIS_H = 26;

const VERDICTS = {
  incompatible: { className: 'figures-verdict disagree', text: 'Incompatible: no value fits every figure, so they cannot all be true' },
  different: { className: 'figures-verdict differ', text: 'Different but compatible: the figures can all be true' },
  same: { className: 'figures-verdict agree', text: 'The figures agree' },
} as const;

/** The chart's verdict: the comparison's figure conflicts have the last word, the bounds otherwise. */
function verdictOf(conflicts: readonly Conflict[], fromBounds: keyof typeof VERDICTS): keyof typeof VERDICTS {
  const figures = conflicts.filter((c) => c.kind === 'quantity');
  if (figures.some((c) => c.severity === 'incompatible' || c.severity === undefined)) return 'incompatible';
  if (figures.some((c) => c.severity === 'different')) return 'different';
  return fromBounds;
}

/**
 * The figures of a comparison as a tiny range chart: one bar per outlet on
 * a shared axis from zero, so "more than 100", "approximately 200" and
 * "dozens" show at once whether they can all be true. A figure with no
 * upper bound ends in an arrow at the axis end.
 */
export function FiguresChart({ members, conflicts }: { members: readonly MemberComparison[]; conflicts: readonly Conflict[] }) {
  const gradientId = useId().replace(/:/g, '');
  // A callback ref: the figure appears only once there is a chart to draw.
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [available, setAvailable] = useState(MAX_WIDTH);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setAvailable(Math.floor(el.clientWidth - 32));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, available));
  const labelW = width < 520 ? 124 : 176;
  /** Outlet names longer than this are shortened (SVG text does not wrap). */
  const labelChars = width < 520 ? 16 : 24;
  const plotW = width - labelW - VALUE_W - 16;
  const chart = rangeChart(members, plotW);
  if (!chart) return null;
  const height = TOP + chart.rows.length * ROW_H + AXIS_H;
  const verdict = verdictOf(conflicts, chart.verdict);
  const unit = chart.unit ? `${chart.unit === 'people' ? 'people' : `${chart.unit}s`}` : chart.measure === 'proportion' ? 'share' : 'count';
  const spoken = chart.rows
    .map((r) => (r.bar ? `${r.outletName}: ${quantityChip({ ...r.bar, start: 0, end: 0, measure: chart.measure }).description}` : `${r.outletName}: no figure`))
    .join('; ');

  return (
    <figure className="figures-chart" ref={setEl}>
      <figcaption>
        <span className="figures-title">Figures ({unit})</span>
        <span className={VERDICTS[verdict].className}>{VERDICTS[verdict].text}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Figures on one scale. ${spoken}`} preserveAspectRatio="xMinYMin meet">
        <defs>
          <linearGradient id={`open-${gradientId}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0.55" className="range-stop" stopOpacity="1" />
            <stop offset="1" className="range-stop" stopOpacity="0.05" />
          </linearGradient>
        </defs>
        <g transform={`translate(${labelW}, 0)`}>
          {chart.ticks.map((t) => (
            <g key={t.value} transform={`translate(${t.x}, 0)`}>
              <line className="range-grid" y1={TOP - 4} y2={TOP + chart.rows.length * ROW_H} />
              <text className="range-tick" y={TOP + chart.rows.length * ROW_H + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {chart.rows.map((row, i) => {
          const y = TOP + i * ROW_H;
          const bar = row.bar;
          const open = bar?.openHigh === true;
          return (
            <g key={row.memberId} transform={`translate(0, ${y})`}>
              <text className="range-outlet" x={labelW - 12} y={ROW_H / 2} dominantBaseline="middle" textAnchor="end">
                {truncate(row.outletName, labelChars)}
                <title>{row.outletName}</title>
              </text>
              <g transform={`translate(${labelW}, 0)`}>
                {bar ? (
                  <>
                    <rect
                      className={open ? 'range-bar open' : 'range-bar'}
                      x={bar.x}
                      y={7}
                      width={bar.width}
                      height={ROW_H - 14}
                      rx={3}
                      fill={open ? `url(#open-${gradientId})` : undefined}
                    />
                    {open && <polygon className="range-arrow" points={`${plotW - 1},${ROW_H / 2 - 7} ${plotW + 7},${ROW_H / 2} ${plotW - 1},${ROW_H / 2 + 7}`} />}
                    {bar.valueX !== null && <line className="range-value" x1={bar.valueX} x2={bar.valueX} y1={4} y2={ROW_H - 4} />}
                    <text className="range-label" x={open ? plotW + 12 : Math.min(bar.x + bar.width + 8, plotW + 8)} y={ROW_H / 2} dominantBaseline="middle">
                      {bar.text}
                    </text>
                  </>
                ) : (
                  <text className="range-none" x={0} y={ROW_H / 2} dominantBaseline="middle">
                    no comparable figure
                  </text>
                )}
              </g>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

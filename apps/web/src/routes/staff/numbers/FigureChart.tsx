import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FigureSeries } from './FigureSection';

// Colours that stay apart for colour-blind readers (Okabe–Ito); the table beside each chart
// carries the same figures for anyone who cannot see it.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/** One figure as a chart (recharts), drawn from the rows its table shows. */
export function FigureChart({
  kind,
  series,
  data,
}: {
  kind: 'bar' | 'line';
  series: FigureSeries[];
  data: Record<string, string | number>[];
}) {
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="name" interval="preserveStartEnd" tick={{ fontSize: 12 }} />,
    <YAxis key="y" tick={{ fontSize: 12 }} width={72} tickFormatter={series[0]?.tick} />,
    <Tooltip
      key="tip"
      formatter={(value, name) => {
        const one = series.find((s) => s.label === name);
        return one && typeof value === 'number' ? one.format(value) : String(value);
      }}
    />,
    series.length > 1 ? <Legend key="legend" /> : null,
  ];
  return (
    <ResponsiveContainer width="100%" height={260}>
      {kind === 'line' ? (
        <LineChart data={data} accessibilityLayer={false}>
          {axes}
          {series.map((one, index) => (
            <Line
              key={one.key}
              dataKey={one.key}
              name={one.label}
              stroke={COLOURS[index % COLOURS.length]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart data={data} accessibilityLayer={false}>
          {axes}
          {series.map((one, index) => (
            <Bar
              key={one.key}
              dataKey={one.key}
              name={one.label}
              fill={COLOURS[index % COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}

import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n';

const o = t.admin.overview;
const WIDTH = 600;
const HEIGHT = 160;
const GAP = 2;

/** Comments per day as server-rendered SVG bars (no script), with the same figures as a table for screen readers and copying. */
export function CommentsChart({ days }: { days: { day: string; count: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const barWidth = WIDTH / days.length - GAP;
  // Noon UTC of the key's date, shown as a date whatever the server's zone.
  const label = (day: string) => formatDate(new Date(`${day}T12:00:00Z`));
  return (
    <figure className="chart">
      <figcaption id="graphique-titre">{o.chartTitle}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`}
        role="img"
        aria-labelledby="graphique-titre"
        preserveAspectRatio="none"
      >
        <text x={0} y={10} className="chart__max">
          {o.chartMax(max)}
        </text>
        {days.map((d, i) => {
          const height = Math.round((d.count / max) * (HEIGHT - 14));
          return (
            <rect
              key={d.day}
              x={i * (barWidth + GAP)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              className="chart__bar"
            >
              <title>{o.chartBar(label(d.day), d.count)}</title>
            </rect>
          );
        })}
        <text x={0} y={HEIGHT + 16} className="chart__axis">
          {label(days[0].day)}
        </text>
        <text x={WIDTH} y={HEIGHT + 16} textAnchor="end" className="chart__axis">
          {label(days[days.length - 1].day)}
        </text>
      </svg>
      <details>
        <summary>{o.chartTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{o.day}</th>
              <th scope="col">{o.received}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{label(d.day)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import { bounds, parseIsoPartial } from "@/lib/dates/partial-date";
import { axisYear } from "@/lib/dates/format";

export interface TimelineItem {
  key: string;
  /** ISO date cut to its precision; undated items are left out of the drawing. */
  date: string | null;
  label: string;
}

const WIDTH = 720;
const ROW = 28;
const PAD_X = 16;

/**
 * A server-rendered SVG: each item a mark at its date, or a bar across the
 * month or year when that is all that is known. The list beside it is the
 * text alternative, so the drawing itself is hidden from screen readers.
 */
export function TimelineSvg({ items, locale, title }: { items: TimelineItem[]; locale: string; title: string }) {
  const dated = items
    .map((item) => ({ item, pd: item.date ? parseIsoPartial(item.date) : null }))
    .filter((x): x is { item: TimelineItem; pd: NonNullable<typeof x.pd> } => x.pd !== null)
    .map(({ item, pd }) => ({ item, ...bounds(pd) }));
  if (dated.length === 0) return null;
  const startYear = new Date(Math.min(...dated.map((d) => d.first)) * 86_400_000).getUTCFullYear();
  const endYear = new Date(Math.max(...dated.map((d) => d.last)) * 86_400_000).getUTCFullYear() + 1;
  const t0 = Date.UTC(startYear, 0, 1) / 86_400_000;
  const t1 = Date.UTC(endYear, 0, 1) / 86_400_000;
  const x = (day: number) => PAD_X + ((day - t0) / (t1 - t0)) * (WIDTH - 2 * PAD_X);
  const height = 40 + dated.length * ROW;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false" data-testid="timeline-svg">
      <title>{title}</title>
      {years.map((y) => {
        const xi = x(Date.UTC(y, 0, 1) / 86_400_000);
        return (
          <g key={y}>
            <line x1={xi} x2={xi} y1={20} y2={height - 4} stroke="#d9e2ec" />
            {y < endYear ? (
              <text x={xi + 3} y={14} fontSize={11} fill="#52606d">
                {axisYear(y, locale)}
              </text>
            ) : null}
          </g>
        );
      })}
      {dated.map((d, i) => {
        const y = 36 + i * ROW;
        const x1 = x(d.first);
        const x2 = Math.max(x(d.last + 1), x1 + 3);
        const precise = d.first === d.last;
        const labelLeft = x1 > WIDTH * 0.6;
        return (
          <g key={d.item.key}>
            {precise ? <circle cx={x1} cy={y} r={5} fill="#143d73" /> : <rect x={x1} y={y - 5} width={x2 - x1} height={10} rx={3} fill="#143d73" fillOpacity={0.35} stroke="#143d73" />}
            <text x={labelLeft ? x1 - 8 : x2 + 8} y={y + 4} fontSize={12} fill="#1f2933" textAnchor={labelLeft ? "end" : "start"}>
              {d.item.label.length > 60 ? `${d.item.label.slice(0, 57)}…` : d.item.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

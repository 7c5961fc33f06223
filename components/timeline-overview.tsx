import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import { bounds, dayNumber, parseIsoPartial } from "@/lib/dates/partial-date";
import { axisYear } from "@/lib/dates/format";

export interface TimelineRow {
  key: string;
  label: string;
  /** The label's language where it is not the page's (a title shown in English on a Japanese page). */
  lang?: string;
  start: string;
  /** null: no end stated — drawn to today, fading. */
  end: string | null;
  status: LifecycleStatus;
}
export interface TimelineGroup {
  key: string;
  label: string;
  lang?: string;
  rows: TimelineRow[];
}

// A label cut to fit the space beside the bars, which holds about `room`
// Latin letters: a kana or kanji is twice as wide as a Latin letter.
function clip(label: string, room: number): string {
  let used = 0;
  for (let i = 0; i < label.length; i++) {
    used += /[\u3000-\u9fff\uff00-\uffef]/.test(label[i]!) ? 2 : 1;
    if (used > room) return `${label.slice(0, Math.max(0, i - 1))}…`;
  }
  return label;
}

// Fill colours for the bars, matching the status badges' hues.
export const STATUS_FILL: Record<LifecycleStatus, string> = {
  draft: "#94a3b8",
  approved: "#0284c7",
  signed: "#4f46e5",
  in_effect: "#059669",
  expired: "#78716c",
  terminated: "#e11d48",
  superseded: "#d97706",
  unknown: "#ca8a04",
};

const WIDTH = 900;
const LABEL = 260;
const ROW = 26;
const DAY = 86_400_000;

/** Vertical positions: a heading row per group, then a row per agreement. */
function layOut(groups: TimelineGroup[]) {
  const layout: Array<{ g: TimelineGroup; top: number; rows: Array<{ r: TimelineRow; rowY: number }> }> = [];
  let y = 30;
  for (const g of groups) {
    const top = y;
    y += ROW;
    const rows: Array<{ r: TimelineRow; rowY: number }> = [];
    for (const r of g.rows) {
      rows.push({ r, rowY: y });
      y += ROW;
    }
    y += 6;
    layout.push({ g, top, rows });
  }
  return { layout, height: y + 10 };
}

/** Server-rendered SVG; the page's table is its text alternative. */
export function TimelineOverview({ groups, today, locale, todayLabel }: { groups: TimelineGroup[]; today: string; locale: string; todayLabel: string }) {
  const all = groups.flatMap((g) => g.rows);
  if (all.length === 0) return null;
  const todayDay = dayNumber(today);
  const firstYear = Math.min(...all.map((r) => Number(r.start.slice(0, 4))));
  const lastYear = Math.max(Number(today.slice(0, 4)), ...all.map((r) => (r.end ? Number(r.end.slice(0, 4)) : 0))) + 1;
  const t0 = Date.UTC(firstYear, 0, 1) / DAY;
  const t1 = Date.UTC(lastYear, 0, 1) / DAY;
  const x = (day: number) => LABEL + ((day - t0) / (t1 - t0)) * (WIDTH - LABEL - 10);
  const { layout, height } = layOut(groups);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // A label ("พ.ศ. 2558") needs about 60 of the chart's units: over a long
  // span, every second (or third…) year is labelled, every year still ruled.
  const labelEvery = Math.max(1, Math.ceil((years.length * 60) / (WIDTH - LABEL)));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full min-w-[640px]" aria-hidden="true" focusable="false" data-testid="timeline-overview">
      <defs>
        <linearGradient id="fade" x1="0" x2="1">
          <stop offset="0" stopColor="#fff" stopOpacity="0" />
          <stop offset="1" stopColor="#fff" stopOpacity="0.85" />
        </linearGradient>
      </defs>
      {years.map((yr) => {
        const xi = x(Date.UTC(yr, 0, 1) / DAY);
        return (
          <g key={yr}>
            <line x1={xi} x2={xi} y1={18} y2={height - 6} stroke="#e4e7eb" />
            {yr < lastYear && (yr - firstYear) % labelEvery === 0 ? (
              <text x={xi + 3} y={14} fontSize={11} fill="#52606d">
                {axisYear(yr, locale)}
              </text>
            ) : null}
          </g>
        );
      })}
      {layout.map(({ g, top, rows }) => (
        <g key={g.key}>
          <text x={4} y={top + 16} fontSize={13} fontWeight={600} fill="#143d73">
            {clip(g.label, 40)}
          </text>
          {rows.map(({ r, rowY }) => {
            const startDay = bounds(parseIsoPartial(r.start)!).first;
            const endDay = r.end ? bounds(parseIsoPartial(r.end)!).last : Math.max(todayDay, startDay + 30);
            const x1 = x(startDay);
            const x2 = Math.max(x(endDay), x1 + 4);
            return (
              <g key={r.key}>
                <text x={14} y={rowY + 16} fontSize={11.5} fill="#1f2933">
                  {clip(r.label, 42)}
                </text>
                <rect x={x1} y={rowY + 6} width={x2 - x1} height={14} rx={3} fill={STATUS_FILL[r.status]} />
                {r.end === null ? <rect x={Math.max(x1, x2 - 60)} y={rowY + 6} width={Math.min(60, x2 - x1)} height={14} fill="url(#fade)" /> : null}
              </g>
            );
          })}
        </g>
      ))}
      <line x1={x(todayDay)} x2={x(todayDay)} y1={18} y2={height - 6} stroke="#b45309" strokeWidth={2} strokeDasharray="4 3" />
      <text x={x(todayDay) - 4} y={28} fontSize={11} fill="#b45309" textAnchor="end">
        {todayLabel}
      </text>
    </svg>
  );
}

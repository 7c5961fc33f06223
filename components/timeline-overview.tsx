import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import type { ChartDate } from "@/lib/agreements/views";
import { bounds, dayNumber, parseIsoPartial } from "@/lib/dates/partial-date";
import { axisYear } from "@/lib/dates/format";

export interface TimelineRow {
  key: string;
  /** The record's page. */
  href: string;
  /** The full title, wrapped, never cut. */
  label: string;
  /** The label's language where it is not the page's (a title shown in English on a Japanese page). */
  lang?: string;
  /** The bar's accessible name: title, span and status in words. */
  barLabel: string;
  start: string;
  /** Stated or computed end (lib/agreements/deadlines.ts); null: the end cannot be told — drawn to today, fading. */
  end: ChartDate | null;
  /** The next automatic renewal, marked on the bar's line. */
  nextRenewal: ChartDate | null;
  status: LifecycleStatus;
}
export interface TimelineGroup {
  key: string;
  label: string;
  lang?: string;
  rows: TimelineRow[];
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

const DAY = 86_400_000;
const yearStart = (yr: number) => Date.UTC(yr, 0, 1) / DAY;

/** The Japanese era of a year, as of its last day (2019 is 令和元年). */
const eraYear = (yr: number) => new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(yr, 11, 31)));

/**
 * The timeline of many agreements, in HTML rather than SVG so that a title
 * wraps instead of being cut, each bar is a link with an accessible name
 * (reachable by keyboard), and on a phone the title sits above its bar at
 * full width. Bars run from the record's reference date to its end — stated,
 * or computed from effect and term by the function the record's page uses —
 * into the future; an upcoming automatic renewal is marked; today is a line.
 * The page's table gives the same facts as text.
 */
export function TimelineOverview({ groups, today, locale, todayLabel, renewalLabel, countLabel }: { groups: TimelineGroup[]; today: string; locale: string; todayLabel: string; renewalLabel: string; countLabel: (n: number) => string }) {
  const all = groups.flatMap((g) => g.rows);
  if (all.length === 0) return null;
  const todayDay = dayNumber(today);
  const endOf = (r: TimelineRow) => r.nextRenewal?.last ?? r.nextRenewal?.first ?? r.end?.last ?? r.end?.first ?? null;
  const firstYear = Math.min(...all.map((r) => Number(r.start.slice(0, 4))));
  const lastYear = Math.max(Number(today.slice(0, 4)), ...all.map((r) => Number(endOf(r)?.slice(0, 4) ?? 0))) + 1;
  const t0 = yearStart(firstYear);
  const t1 = yearStart(lastYear);
  const pct = (day: number) => Math.min(100, Math.max(0, ((day - t0) / (t1 - t0)) * 100));
  const years = Array.from({ length: lastYear - firstYear }, (_, i) => firstYear + i);
  // At most about eight labelled years; every year is still ruled.
  const labelEvery = Math.max(1, Math.ceil(years.length / 8));
  const todayAt = pct(todayDay);
  return (
    // --label: the title column's width beside the bars (none on a phone, where titles sit above them).
    <div className="relative [--label:0rem] sm:[--label:15rem] lg:[--label:18rem]" data-testid="timeline-overview">
      {/* Year rules and today's line, behind the rows. */}
      <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 end-0 start-[var(--label)]">
        {years.map((yr) => (
          <span key={yr} className="absolute inset-y-0 border-s border-line" style={{ left: `${pct(yearStart(yr))}%` }} />
        ))}
        <span className="absolute inset-y-0 border-s-2 border-dashed border-amber-700" style={{ left: `${todayAt}%` }} data-testid="timeline-today" />
      </div>
      <div aria-hidden="true" className="relative ms-[var(--label)] h-10 text-xs text-muted">
        {years.map((yr, i) =>
          i % labelEvery === 0 ? (
            // On a phone, every second labelled year only: the labels would touch.
            <span key={yr} className={`absolute top-0 ps-1 leading-tight whitespace-nowrap ${(i / labelEvery) % 2 === 1 ? "max-sm:hidden" : ""}`} style={{ left: `${pct(yearStart(yr))}%` }}>
              {axisYear(yr, locale)}
              {locale === "ja" ? <span className="block">{eraYear(yr)}</span> : null}
            </span>
          ) : null,
        )}
        <span className={`absolute bottom-0 px-1 font-semibold whitespace-nowrap text-amber-800 ${todayAt > 80 ? "-translate-x-full" : ""}`} style={{ left: `${todayAt}%` }}>
          {todayLabel}
        </span>
      </div>
      {groups.map((g) => (
        <section key={g.key} className="relative mt-3" aria-labelledby={`tl-${g.key}`}>
          {/* h2: the chart's groups come straight under the page's h1 (its table has its own h2 after it). */}
          <h2 id={`tl-${g.key}`} className="bg-paper/80 py-1 text-sm font-semibold text-brand">
            <span lang={g.lang}>{g.label}</span> <span className="font-normal text-muted">({countLabel(g.rows.length)})</span>
          </h2>
          <ul>
            {g.rows.map((r) => {
              const startDay = bounds(parseIsoPartial(r.start)!).first;
              // A bar is sure up to the first day its end may be; between that
              // and the last day it is lighter; with no end it fades out at today.
              const sureEnd = r.end ? (r.end.first ? dayNumber(r.end.first) : startDay) : Math.max(todayDay, startDay + 30);
              const lastEnd = r.end ? (r.end.last ? dayNumber(r.end.last) : null) : null;
              const x1 = pct(startDay);
              const x2 = Math.max(pct(sureEnd), x1 + 0.4);
              const x3 = lastEnd !== null ? Math.max(pct(lastEnd), x2) : r.end ? 100 : x2;
              const fill = STATUS_FILL[r.status];
              const background =
                r.end === null
                  ? `linear-gradient(to right, ${fill} 60%, ${fill}00)`
                  : x3 > x2
                    ? `linear-gradient(to right, ${fill} ${((x2 - x1) / (x3 - x1)) * 100}%, ${fill}66 ${((x2 - x1) / (x3 - x1)) * 100}%)`
                    : fill;
              const renewal = r.nextRenewal?.first ? pct(dayNumber(r.nextRenewal.first)) : null;
              return (
                <li key={r.key} className="grid grid-cols-1 items-center gap-x-3 border-b border-line/60 py-1.5 sm:grid-cols-[var(--label)_1fr] sm:[&>*:first-child]:pe-2" data-testid="timeline-row">
                  <span className="relative bg-paper/80 text-sm leading-snug" lang={r.lang}>
                    {r.label}
                  </span>
                  <span className="relative block h-4">
                    <a
                      href={r.href}
                      aria-label={r.barLabel}
                      title={r.barLabel}
                      className="absolute inset-y-0 min-w-1 rounded-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-brand"
                      style={{ left: `${x1}%`, width: `${x3 - x1}%`, background }}
                      data-testid="timeline-bar"
                      data-end={r.end?.last ?? r.end?.first ?? ""}
                    />
                    {renewal !== null ? (
                      <span
                        aria-hidden="true"
                        title={renewalLabel}
                        className="absolute top-1/2 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 bg-paper"
                        style={{ left: `${renewal}%`, borderColor: fill }}
                        data-testid="timeline-renewal"
                      />
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

// Deadlines as an iCalendar feed (RFC 5545), written by ical-generator: one
// all-day event per end of validity, notice deadline and automatic renewal,
// titled in the feed's language, linking to the record, with a reminder 30
// days before. A date known only to a month or a year (a range of days) is
// placed on the first day it may be, and the description says so.
import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { formatIsoPartial } from "@/lib/dates/format";
import { messagesFor } from "@/lib/i18n/messages";
import { nameIn } from "@/lib/i18n/pick";

export interface CalendarEntry {
  agreementId: number;
  slug: string;
  titleTh: string;
  titleEn: string;
  titleJa: string | null;
  kind: "END" | "NOTICE" | "RENEWAL";
  first: string;
  last: string;
  /** Public records link to their page; others to their form. */
  isPublic: boolean;
}

export interface CalendarTexts {
  name: string;
  /** What the feed covers and leaves out (X-WR-CALDESC), and why it has no event when it has none. */
  description: (info: { from: string; count: number; leftOut: number }) => string;
  kind: (kind: CalendarEntry["kind"]) => string;
  /** "The exact day is not known: between {first} and {last}…" */
  uncertain: (first: string, last: string) => string;
}

/** Which records a feed covers, for its name and description: every record, one record (its title), or a filtered list. */
export type CalendarCoverage = { kind: "all"; audience: "public" | "staff" } | { kind: "record"; title: string } | { kind: "list" };

/** The feed's words in `locale`, from the message files (no request context needed). */
export function calendarTexts(locale: Locale, coverage: CalendarCoverage): CalendarTexts {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Watch" });
  const name =
    coverage.kind === "record" ? t("recordCalendarName", { title: coverage.title }) : coverage.kind === "list" ? t("listCalendarName") : t(coverage.audience === "public" ? "calendarName" : "staffCalendarName");
  const covers = coverage.kind === "all" ? (coverage.audience === "public" ? "public" : "staff") : coverage.kind;
  return {
    name,
    description: ({ from, count, leftOut }) =>
      [
        t(`calendarCovers.${covers}`, { from: formatIsoPartial(from, locale) }),
        t("calendarLeavesOut"),
        leftOut > 0 ? t("calendarCapped", { count, leftOut }) : null,
        count === 0 ? t("calendarEmpty", { from: formatIsoPartial(from, locale) }) : null,
      ]
        .filter(Boolean)
        .join(" "),
    kind: (k) => t(`kind.${k}`),
    uncertain: (first, last) => t("calendarUncertain", { first, last }),
  };
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function deadlinesIcs(feed: { entries: CalendarEntry[]; from: string; leftOut: number }, locale: Locale, origin: string, texts: CalendarTexts, stampDay: string): string {
  const { entries } = feed;
  const host = new URL(origin).host;
  const calendar = ical({
    name: texts.name,
    description: texts.description({ from: feed.from, count: entries.length, leftOut: feed.leftOut }),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: host, product: "thai-japan-ict-registry", language: locale.toUpperCase() },
  });
  for (const e of entries) {
    const title = nameIn({ th: e.titleTh, en: e.titleEn, ja: e.titleJa }, locale);
    const summary = `${texts.kind(e.kind)}: ${title}`;
    const url = e.isPublic ? `${origin}/${locale}/agreements/${e.slug}` : `${origin}/${locale}/editor/agreements/${e.agreementId}`;
    const description = [e.first === e.last ? null : texts.uncertain(formatIsoPartial(e.first, locale), formatIsoPartial(e.last, locale)), url].filter(Boolean).join("\n\n");
    calendar.createEvent({
      // Stable across runs and renames: the record's id, the kind and the day.
      id: `deadline-${e.agreementId}-${e.kind.toLowerCase()}-${e.first}@${host}`,
      // ical-generator writes an all-day event's date from the UTC fields.
      start: utcDay(e.first),
      allDay: true,
      stamp: utcDay(stampDay),
      summary,
      description,
      url,
      alarms: [{ type: ICalAlarmType.display, trigger: 30 * 86_400, description: summary }],
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

// Human dates through Intl only: Thai in the Buddhist Era (30 เมษายน 2558),
// English in the Gregorian calendar (30 April 2015), cut to what is known.
import { partialDate, type PartialDate } from "./partial-date";

const options: Record<PartialDate["precision"], Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
};

/** The Intl locale of a page's language: Thai in the Buddhist Era, Japanese in the Japanese calendar. */
export function intlLocale(locale: string): string {
  return locale === "th" ? "th-TH-u-ca-buddhist" : locale === "ja" ? "ja-JP-u-ca-japanese" : "en-GB";
}

// Building an Intl.DateTimeFormat loads its locale's calendar data and costs far more
// than formatting with it (a list page formats dozens of dates): one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: PartialDate["precision"]): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(intlLocale(locale), { ...options[precision], timeZone: "UTC" })));
  return made;
}

/** Stored dates are calendar dates (midnight UTC): format them in UTC so no zone shifts the day. */
export function formatPartialDate(value: PartialDate, locale: string): string {
  if (locale === "ja") return formatJapanese(value);
  return formatter(locale, value.precision).format(new Date(`${value.date}T00:00:00Z`));
}

const japaneseEra = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" });
/** "平成27年", "令和元年": the era year of a day, through Intl's Japanese calendar. */
const eraYear = (day: Date) =>
  japaneseEra
    .formatToParts(day)
    .filter((p) => p.type === "era" || p.type === "year")
    .map((p) => p.value)
    .join("") + "年";

/**
 * A date for Japanese readers: the Japanese era with the Gregorian year
 * beside it, as Japanese government documents write it — 平成27年（2015年）4月30日,
 * 令和元年（2019年）11月. A year that two eras share (2019: 平成31年 until
 * April, 令和元年 from May) is known only to the year, so both are named.
 */
function formatJapanese(value: PartialDate): string {
  const start = new Date(`${value.date}T00:00:00Z`);
  const year = start.getUTCFullYear();
  const [, month, day] = value.date.split("-").map(Number);
  if (value.precision === "YEAR") {
    const first = eraYear(start);
    const last = eraYear(new Date(Date.UTC(year, 11, 31)));
    return `${first === last ? first : `${first}・${last}`}（${year}年）`;
  }
  if (value.precision === "MONTH") {
    // A month an era began in (January 1989: 昭和64年 until the 7th, 平成元年 from the 8th) names both.
    const first = eraYear(start);
    const last = eraYear(new Date(Date.UTC(year, month!, 0)));
    return `${first === last ? first : `${first}・${last}`}（${year}年）${month}月`;
  }
  return `${eraYear(start)}（${year}年）${month}月${day}日`;
}

/** Accepts the API's ISO strings ("2015-04-30", "2019-11", "2017"). */
export function formatIsoPartial(iso: string, locale: string): string {
  const precision = iso.length === 4 ? "YEAR" : iso.length === 7 ? "MONTH" : "DAY";
  return formatPartialDate(partialDate(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso, precision)!, locale);
}

/**
 * A year offered as a filter choice, as dates are written on the page: the
 * Buddhist Era year on Thai pages, the Japanese era year with the Gregorian
 * one (平成27年（2015年）; 2019 names both eras), the plain year in English.
 * The choice's value stays the Gregorian year.
 */
export function filterYear(year: number, locale: string): string {
  if (locale === "th") return String(year + 543);
  return locale === "ja" ? formatIsoPartial(String(year), locale) : String(year);
}

/**
 * A year on a chart's axis: as dates are written, except in Japanese, where
 * the era year with the Gregorian one (平成27年（2015年）) would overlap its
 * neighbours: the axis gives the Gregorian year, the dates beside it the era.
 */
export function axisYear(year: number, locale: string): string {
  return locale === "ja" ? `${year}年` : formatIsoPartial(String(year), locale);
}

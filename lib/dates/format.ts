// Human dates through Intl only: Thai in the Buddhist Era (30 เมษายน 2558),
// English in the Gregorian calendar (30 April 2015), cut to what is known.
import { partialDate, type PartialDate } from "./partial-date";

const options: Record<PartialDate["precision"], Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric" },
  MONTH: { month: "long", year: "numeric" },
  YEAR: { year: "numeric" },
};

function intlLocale(locale: string): string {
  return locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB";
}

/** Stored dates are calendar dates (midnight UTC): format them in UTC so no zone shifts the day. */
export function formatPartialDate(value: PartialDate, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options[value.precision], timeZone: "UTC" }).format(new Date(`${value.date}T00:00:00Z`));
}

/** Accepts the API's ISO strings ("2015-04-30", "2019-11", "2017"). */
export function formatIsoPartial(iso: string, locale: string): string {
  const precision = iso.length === 4 ? "YEAR" : iso.length === 7 ? "MONTH" : "DAY";
  return formatPartialDate(partialDate(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso, precision)!, locale);
}

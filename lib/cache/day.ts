// Public reads show statuses computed for today in Bangkok. Status is a
// function of the day alone (lib/agreements/status-periods.ts), so every
// status transition falls on a Bangkok midnight: a cached read keyed by the
// Bangkok day and living until the next midnight can never show yesterday's
// status. Cached functions take `today` as an argument, so a new day is a new
// cache key at once, and old entries expire on their own.
import { todayInBangkok } from "@/lib/dates/partial-date";

const BANGKOK_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year: Thailand has no summer time.
const DAY_MS = 86_400_000;

export interface CacheDay {
  /** Today's date in Bangkok, "YYYY-MM-DD". */
  today: string;
  /** Whole seconds until the next Bangkok midnight (at least 1). */
  secondsLeft: number;
}

export function cacheDay(now: Date = new Date()): CacheDay {
  const sinceMidnight = (now.getTime() + BANGKOK_OFFSET_MS) % DAY_MS;
  return { today: todayInBangkok(now), secondsLeft: Math.max(1, Math.ceil((DAY_MS - sinceMidnight) / 1000)) };
}

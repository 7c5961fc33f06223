// At each Bangkok midnight, one instance renders again the stored answers
// that stop being true that day (lib/server/answer-store.mjs, "until"): the
// pages and API answers of the records whose status or current period changes
// that day, and the list pages (they show many records' statuses, so each is
// good for one day). Every other record's answers stay as they are. So the
// first reader of a new day is served from the store as on any other day,
// instead of every address being rendered again on its first read.
//
// Only answers that were stored (rendered on write or read since) are
// rendered; those nobody reads are let go by the store. One instance does it:
// a PostgreSQL advisory lock, so two instances do not both render them. One
// answer at a time (lib/server/self-render.mjs). Started by scripts/serve.mjs.
import { bangkokDay } from "./answer-store.mjs";
import { renderAgain } from "./self-render.mjs";

const BANGKOK_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year (lib/cache/day.ts)
const DAY_MS = 86_400_000;
/** After midnight: the app's own clock must be on the new day when it renders. */
const GRACE_MS = 2_000;
export const LOCK = "registry:midnight-pass";

/** Milliseconds from `now` to GRACE_MS after the next Bangkok midnight. */
export function untilNextPass(now) {
  const sinceMidnight = (now + BANGKOK_OFFSET_MS) % DAY_MS;
  return DAY_MS - sinceMidnight + GRACE_MS;
}

export class MidnightPass {
  /**
   * @param {{ store: import("./answer-store.mjs").AnswerStore, self: string, now?: () => number, render?: (self: string, paths: string[]) => Promise<number>, log?: (line: string) => void }} options
   */
  constructor({ store, self, now = () => Date.now(), render = renderAgain, log = (line) => console.log(line) }) {
    Object.assign(this, { store, self, now, render, log });
    this.timer = null;
  }

  /** Renders what stops being true today, unless another instance is at it; resolves with how many were asked. */
  async run() {
    const day = bangkokDay(this.now());
    const done = await this.store.exclusively(LOCK, async () => {
      const paths = await this.store.endingOn(day);
      const answered = await this.render(this.self, paths);
      return { asked: paths.length, answered };
    });
    if (done && done.asked > 0) this.log(`[registry] midnight: ${done.answered} of ${done.asked} stored answers that changed on ${day} rendered again`);
    return done?.asked ?? 0;
  }

  /** Runs at every Bangkok midnight from now on (the timer does not keep the process alive). */
  start() {
    const next = () => {
      this.timer = setTimeout(() => {
        this.run()
          .catch(() => {
            // The database is away: today's first readers render what they ask.
          })
          .finally(next);
      }, untilNextPass(this.now()));
      this.timer.unref();
    };
    next();
    return this;
  }

  stop() {
    clearTimeout(this.timer);
  }
}

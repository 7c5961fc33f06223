// How many requests the app works on at once, and how long one may wait for
// its turn. Past both, the front door answers 503 with Retry-After at once:
// under a burst a request fails fast instead of queueing without bound (a
// queue of thousands made every answer, staff's included, take tens of
// seconds, and the server's memory grow until it died: issue 12, part 6).
// A small counting semaphore with a bounded, timed queue; written here
// because the libraries that limit concurrency (p-limit, p-queue) queue
// without bound and cannot refuse.
export class Admission {
  /** limit: requests at work; queue: requests waiting at most; waitMs: how long one waits. */
  constructor({ limit, queue, waitMs }) {
    this.limit = limit;
    this.queue = queue;
    this.waitMs = waitMs;
    this.active = 0;
    this.waiting = [];
  }

  /** Resolves true when the request may go ahead (then `release()` once it is done), false when refused. */
  enter() {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.queue) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = { resolve, timer: null };
      entry.timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(false);
      }, this.waitMs);
      this.waiting.push(entry);
    });
  }

  /** A finished request's place goes to the first one waiting. */
  release() {
    const next = this.waiting.shift();
    if (!next) {
      this.active--;
      return;
    }
    clearTimeout(next.timer);
    next.resolve(true);
  }
}

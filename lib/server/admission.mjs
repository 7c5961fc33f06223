// How many requests the app works on at once, and how long one may wait for
// its turn. Past both, the front door answers 503 with Retry-After at once:
// under a burst a request fails fast instead of queueing without bound (a
// queue of thousands made every answer, staff's included, take tens of
// seconds, and the server's memory grow until it died: issue 12, part 6).
//
// A counting semaphore with a bounded, timed queue, a cap per client
// address, and places that are given back exactly once. Written here, not
// taken from a library: p-limit and p-queue queue without bound and cannot
// refuse; Bottleneck bounds its queue (highWater) but cannot take back a job
// that is still queued when its client leaves, nor give up on one that waited
// too long — both would leave places held by requests nobody waits for,
// which is the very fault this replaced (issue 24, part 2: a request whose
// client left while queued was later admitted and never released its place,
// and every reader got 503 until a restart). The rules are few and a property
// test runs random arrival / abort / timeout / finish sequences against them
// (tests/unit/admission.test.ts).
export class Admission {
  /**
   * limit: requests at work; queue: requests waiting at most; waitMs: how
   * long one waits; perClient: requests one client address may have at work
   * or waiting at once.
   */
  constructor({ limit, queue, waitMs, perClient = Infinity }) {
    this.limit = limit;
    this.queue = queue;
    this.waitMs = waitMs;
    this.perClient = perClient;
    this.active = 0;
    this.waiting = [];
    /** Requests at work or waiting, per client address. */
    this.byClient = new Map();
  }

  /**
   * Resolves to a function that gives the place back (call it when the request
   * is done; a second call does nothing), or to null when the request is
   * refused: no place in time, the queue or the client's share full, or
   * `signal` aborted (the client left) before a place came.
   */
  enter(client = "", signal) {
    if (signal?.aborted) return Promise.resolve(null);
    if ((this.byClient.get(client) ?? 0) >= this.perClient) return Promise.resolve(null);
    if (this.active < this.limit) return Promise.resolve(this.#grant(client));
    if (this.waiting.length >= this.queue) return Promise.resolve(null);
    this.#count(client, 1);
    return new Promise((resolve) => {
      const entry = {
        // Leaves the queue without a place: timed out, or the client left.
        leave: () => {
          const at = this.waiting.indexOf(entry);
          if (at === -1) return;
          this.waiting.splice(at, 1);
          settle();
          resolve(null);
        },
        // Takes the place just freed (called by #next, synchronously).
        admit: () => {
          settle();
          resolve(this.#grant(client));
        },
      };
      const timer = setTimeout(entry.leave, this.waitMs);
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", entry.leave);
        this.#count(client, -1);
      };
      signal?.addEventListener("abort", entry.leave, { once: true });
      this.waiting.push(entry);
    });
  }

  #grant(client) {
    this.active++;
    this.#count(client, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.#count(client, -1);
      this.#next();
    };
  }

  #next() {
    while (this.active < this.limit && this.waiting.length) this.waiting.shift().admit();
  }

  #count(client, delta) {
    const n = (this.byClient.get(client) ?? 0) + delta;
    if (n > 0) this.byClient.set(client, n);
    else this.byClient.delete(client);
  }
}

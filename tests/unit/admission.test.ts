// The admission lanes' bookkeeping (lib/server/admission.mjs) under random
// sequences of arrivals, clients leaving while they wait, waits running out,
// and requests finishing (some twice): the count of places never drifts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Admission } from "@/lib/server/admission.mjs";

const settle = () => new Promise((resolve) => setImmediate(resolve));

type Ticket = { client: string; leave: AbortController; outcome: "waiting" | "refused" | "working" | "done"; release?: () => void };

const step = fc.oneof(
  fc.record({ kind: fc.constant("arrive" as const), client: fc.constantFrom("a", "b", "c", "d") }),
  fc.record({ kind: fc.constant("leave" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("finish" as const), pick: fc.nat(), twice: fc.boolean() }),
  fc.record({ kind: fc.constant("wait" as const) }),
);

describe("admission places", () => {
  it("are given back exactly once, whatever arrives, leaves, times out or finishes", async () => {
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 60 }), async (limit, queue, perClient, steps) => {
        const lane = new Admission({ limit, queue, waitMs: 5, perClient });
        const tickets: Ticket[] = [];
        for (const s of steps) {
          if (s.kind === "arrive") {
            const ticket: Ticket = { client: s.client, leave: new AbortController(), outcome: "waiting" };
            tickets.push(ticket);
            void lane.enter(s.client, ticket.leave.signal).then((release) => {
              if (release) Object.assign(ticket, { outcome: "working", release });
              else ticket.outcome = "refused";
            });
          } else if (s.kind === "leave") {
            const waiting = tickets.filter((t) => t.outcome === "waiting");
            if (waiting.length) waiting[s.pick % waiting.length]!.leave.abort();
          } else if (s.kind === "finish") {
            const working = tickets.filter((t) => t.outcome === "working");
            const ticket = working[s.pick % Math.max(1, working.length)];
            if (ticket) {
              ticket.release!();
              if (s.twice) ticket.release!();
              ticket.outcome = "done";
            }
          } else {
            // Long enough for every wait (5 ms) to run out.
            await new Promise((resolve) => setTimeout(resolve, 8));
          }
          await settle();
          const working = tickets.filter((t) => t.outcome === "working");
          const waiting = tickets.filter((t) => t.outcome === "waiting");
          expect(lane.active).toBe(working.length);
          expect(lane.active).toBeLessThanOrEqual(limit);
          expect(lane.waiting.length).toBe(waiting.length);
          expect(lane.waiting.length).toBeLessThanOrEqual(queue);
          // Nobody waits while a place is free.
          if (lane.waiting.length) expect(lane.active).toBe(limit);
          for (const client of ["a", "b", "c", "d"]) {
            const held = [...working, ...waiting].filter((t) => t.client === client).length;
            expect(lane.byClient.get(client) ?? 0).toBe(held);
            expect(held).toBeLessThanOrEqual(perClient);
          }
        }
        // Everyone finishes or leaves: every place is free again.
        for (const t of tickets) t.leave.abort();
        await settle();
        for (const t of tickets) if (t.outcome === "working") t.release!();
        await settle();
        expect([lane.active, lane.waiting.length, lane.byClient.size]).toEqual([0, 0, 0]);
      }),
      { numRuns: 150, seed },
    );
  });

  it("does not start a request whose client left before it asked", async () => {
    const lane = new Admission({ limit: 2, queue: 2, waitMs: 1000 });
    const gone = new AbortController();
    gone.abort();
    expect(await lane.enter("a", gone.signal)).toBeNull();
    expect(lane.active).toBe(0);
  });
});

// The in-memory id sets a search combines (lib/search/held-postings.ts),
// checked against JavaScript's own Set on arbitrary ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "@/lib/search/held-postings";

const ids = fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 400 });
const sorted = (s: Set<number>) => [...s].sort((a, b) => b - a);
const members = (set: IdSet) => set.descending(0, Number.MAX_SAFE_INTEGER);

describe("IdSet", () => {
  it("holds exactly its ids, counts them and walks them from the highest down", () => {
    fc.assert(
      fc.property(ids, (a) => {
        const set = IdSet.of(a);
        expect(members(set)).toEqual(sorted(new Set(a)));
        expect(set.count()).toBe(new Set(a).size);
      }),
    );
  });

  it("and, or and and-not are intersection, union and difference", () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const [x, y] = [new Set(a), new Set(b)];
        expect(members(IdSet.of(a).and(IdSet.of(b)))).toEqual(sorted(new Set(a.filter((n) => y.has(n)))));
        expect(members(IdSet.of(a).or(IdSet.of(b)))).toEqual(sorted(new Set([...a, ...b])));
        expect(members(IdSet.of(a).andNot(IdSet.of(b)))).toEqual(sorted(new Set(a.filter((n) => !y.has(n)))));
        expect(IdSet.of(a).and(IdSet.of(b)).count()).toBe([...x].filter((n) => y.has(n)).length);
      }),
    );
  });

  it("takes a window of the walk: `take` ids after skipping `skip`", () => {
    fc.assert(
      fc.property(ids, fc.nat(450), fc.nat(450), (a, skip, take) => {
        expect(IdSet.of(a).descending(skip, take)).toEqual(sorted(new Set(a)).slice(skip, skip + take));
      }),
    );
  });

  it("handles ids on every bit of a word, the sign bit included", () => {
    const edge = [0, 1, 30, 31, 32, 63, 64, 95, 127, 128];
    expect(members(IdSet.of(edge))).toEqual([...edge].reverse());
    expect(IdSet.of(edge).count()).toBe(edge.length);
    expect(IdSet.of([]).count()).toBe(0);
    expect(members(IdSet.of([]))).toEqual([]);
  });
});

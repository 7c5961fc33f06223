// The in-memory id sets a search combines (lib/search/held-postings.ts),
// checked against JavaScript's own Set on arbitrary ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { everyGroup, IdSet, without } from "@/lib/search/held-postings";

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

  it("combines groups in reused buffers: the records in one set of every group, and a set without another", () => {
    const groupsOf = fc.array(fc.array(ids, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(groupsOf, groupsOf, (g1, g2) => {
        const expected = (groups: number[][][]) => new Set(groups.map((g) => new Set(g.flat())).reduce((a, b) => new Set([...a].filter((n) => b.has(n)))));
        // Two slots at once, and the same slot again: each result stays its own until its slot is used again.
        const a = everyGroup(g1.map((g) => g.map((x) => IdSet.of(x))), 0);
        const b = everyGroup(g2.map((g) => g.map((x) => IdSet.of(x))), 1);
        expect(members(a)).toEqual(sorted(expected(g1)));
        expect(members(b)).toEqual(sorted(expected(g2)));
        const rest = without(a, b, 2);
        expect(members(rest)).toEqual(sorted(new Set([...expected(g1)].filter((n) => !expected(g2).has(n)))));
        expect(rest.count()).toBe([...expected(g1)].filter((n) => !expected(g2).has(n)).length);
      }),
    );
  });
});

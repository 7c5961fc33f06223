import { describe, expect, it } from "vitest";
import { filtersToQuery, findParamsSchema, parseListFilters } from "./filters";

describe("list filters on the page", () => {
  it("keep the values the API accepts", () => {
    expect(parseListFilters({ q: " ไซเบอร์ ", status: "expired", kind: "JOINT_STATEMENT", scope: "postal", party: "mic", year: "2015", sort: "oldest", page: "2" })).toEqual({
      q: "ไซเบอร์",
      status: "expired",
      kind: "JOINT_STATEMENT",
      scope: "postal",
      party: "mic",
      year: 2015,
      sort: "oldest",
      page: 2,
    });
  });

  it("drop what the API would refuse, instead of failing, and take the first of repeated values", () => {
    const filters = parseListFilters({ status: "valid", kind: "TREATY", scope: "Not A Key", year: "abc", sort: "random", page: "0", party: ["mic", "depa"], q: "" });
    expect(filters).toEqual({ q: undefined, status: undefined, kind: undefined, scope: undefined, party: "mic", year: undefined, sort: undefined, page: 1 });
    // The same values are a 400 in the API.
    expect(findParamsSchema.safeParse({ status: "valid" }).success).toBe(false);
  });

  it("write back to a query string without defaults", () => {
    expect(filtersToQuery({ q: "postal", scope: "postal", page: 1 })).toEqual({ q: "postal", scope: "postal" });
    expect(filtersToQuery({ page: 3, year: 2022 })).toEqual({ year: "2022", page: "3" });
  });
});

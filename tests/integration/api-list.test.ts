import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/v1/agreements.csv/route";
import { GET as exportJson } from "@/app/api/v1/agreements.json/route";
import { GET as getOne } from "@/app/api/v1/agreements/[slug]/route";
import { GET as list } from "@/app/api/v1/agreements/route";
import { findParamsSchema } from "@/lib/agreements/filters";
import { openApiDocument, queryParameters } from "@/lib/api/openapi";
import { openApiValidator } from "../helpers/openapi-ajv";
import { db, seeded } from "../helpers/db";

const get = (query: string, headers: Record<string, string> = {}) => list(new Request(`http://test/api/v1/agreements${query}`, { headers }));
const one = (slug: string) => getOne(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) });

const ajv = openApiValidator(openApiDocument);
const validate = (schema: string, value: unknown) => {
  const check = ajv.getSchema(`openapi#/components/schemas/${schema}`)!;
  const ok = check(value);
  return ok ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

beforeAll(async () => {
  await seeded();
});

afterAll(async () => {
  await db.slugRedirect.deleteMany({ where: { slug: "old-joint-statement-slug" } });
});

describe("GET /api/v1/agreements", () => {
  it("filters, sorts and paginates with totals and links", async () => {
    const body = await (await get("?kind=MEMORANDUM_OF_COOPERATION&sort=oldest&limit=2&page=3")).json();
    expect(body.meta).toEqual({ total: 5, page: 3, limit: 2, totalPages: 3, sort: "oldest", q: null });
    expect(body.data).toHaveLength(1);
    expect(body.links.prev).toContain("page=2");
    expect(body.links.next).toBeNull();
    const scoped = await (await get("?scope=cybersecurity&party=mic")).json();
    expect(scoped.data.map((a: { slug: string }) => a.slug).sort()).toEqual(["joint-statement-ict-2015", "mic-nbtc-moc-2016", "moc-ict-digital-2017", "moc-ict-digital-2022"]);
    const byYear = await (await get("?year=2015")).json();
    expect(byYear.data.map((a: { slug: string }) => a.slug)).toEqual(["joint-statement-ict-2015"]);
    const expired = await (await get("?status=expired")).json();
    expect(expired.data.map((a: { slug: string }) => a.slug)).toEqual(["moc-postal-services"]);
  });

  it("searches in Thai and English, combined with the filters, with the match highlighted", async () => {
    const thai = await (await get(`?q=${encodeURIComponent("ไซเบอร์")}&lang=th`)).json();
    expect(thai.meta.sort).toBe("relevance");
    expect(thai.data.length).toBe(5);
    expect(thai.data[0].match.parts.some((p: { text: string; mark: boolean }) => p.mark && p.text === "ไซเบอร์")).toBe(true);
    const combined = await (await get(`?q=${encodeURIComponent("ไซเบอร์")}&year=2015`)).json();
    expect(combined.data.map((a: { slug: string }) => a.slug)).toEqual(["joint-statement-ict-2015"]);
    // With a status filter the search runs through the in-memory path; it must agree.
    const signed = await (await get(`?q=${encodeURIComponent("ไซเบอร์")}&status=signed`)).json();
    expect(signed.data.map((a: { slug: string }) => a.slug).sort()).toEqual(["joint-statement-ict-2015", "mic-nbtc-moc-2016", "moc-ict-digital-2022"]);
    expect(signed.data.every((a: { match: unknown }) => a.match !== null)).toBe(true);
    const paged = await (await get(`?q=${encodeURIComponent("ไซเบอร์")}&limit=2&page=2`)).json();
    expect(paged.meta).toMatchObject({ total: 5, page: 2, totalPages: 3 });
    expect(paged.data).toHaveLength(2);
    const typo = await (await get("?q=Takaici")).json();
    const exact = await (await get("?q=Takaichi")).json();
    expect(typo.data[0].slug).toBe("joint-statement-ict-2015");
    expect(typo.data.map((a: { slug: string }) => a.slug)).toEqual(exact.data.map((a: { slug: string }) => a.slug));
  });

  it("answers lang=ja: Japanese queries find Japanese texts, titles sort by their Japanese form, and the answer matches the description", async () => {
    const postal = await get(`?q=${encodeURIComponent("郵便")}&lang=ja`);
    expect(postal.status).toBe(200);
    const found = await postal.json();
    const slugs = found.data.map((a: { slug: string }) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(["moc-postal-services", "moc-postal-2021"]));
    // The highlighted passage is a Japanese one, on a Japanese request.
    const match = found.data.find((a: { slug: string }) => a.slug === "moc-postal-services").match;
    expect(match.lang).toBe("ja");
    expect(match.parts.some((p: { text: string; mark: boolean }) => p.mark && p.text === "郵便")).toBe(true);
    expect(validate("AgreementList", found)).toEqual([]);
    // An English query still answers on a Japanese request.
    expect((await (await get("?q=postal&lang=ja")).json()).data.map((a: { slug: string }) => a.slug)).toEqual(expect.arrayContaining(["moc-postal-services"]));
    // Sorted by title in Japanese: the order of the Japanese titles (or English ones where none), not of the English.
    const byTitle = await (await get("?sort=title&lang=ja&limit=100")).json();
    const shown = byTitle.data.map((a: { title: { ja: string | null; en: string } }) => a.title.ja ?? a.title.en);
    expect(shown).toEqual([...shown].sort(new Intl.Collator("und").compare));
    expect(byTitle.data.map((a: { slug: string }) => a.slug)).not.toEqual((await (await get("?sort=title&lang=en&limit=100")).json()).data.map((a: { slug: string }) => a.slug));
    expect((await get("?lang=fr")).status).toBe(400);
  });

  it("answers 400 naming the parameter for unknown names and bad values", async () => {
    for (const [query, parameter] of [
      ["?colour=red", "colour"],
      ["?limit=500", "limit"],
      ["?status=valid", "status"],
      ["?page=0", "page"],
      ["?year=abc", "year"],
      ["?scope=Not%20A%20Key", "scope"],
    ]) {
      const response = await get(query!);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: "invalid_parameter", parameter });
      expect(body.error.message).toContain(parameter!);
    }
  });

  it("sends an ETag and cache headers, allows any origin, and answers 304 to a matching If-None-Match", async () => {
    const first = await get("?scope=postal");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await get("?scope=postal", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("?scope=cybersecurity", { "if-none-match": etag });
    expect(other.status).toBe(200);
  });
});

describe("exports", () => {
  it("gives the filtered list as CSV with a BOM, one row per agreement, values joined", async () => {
    const response = await exportCsv(new Request("http://test/api/v1/agreements.csv?scope=cybersecurity"));
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^slug,kind,title_th,title_en,title_ja,status/);
    expect(lines).toHaveLength(5);
    expect(text).toContain("พรชัย รุจิประภา, รัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร");
    expect(text).toContain("Cybersecurity; ");
  });

  it("gives the whole filtered list as a JSON file, and refuses bad parameters", async () => {
    const response = await exportJson(new Request("http://test/api/v1/agreements.json?party=depa"));
    expect(response.headers.get("content-disposition")).toContain("thai-japan-ict-agreements.json");
    const body = await response.json();
    expect(body.data.map((a: { slug: string }) => a.slug)).toEqual(["depa-mic-moc-digital-innovation-2022"]);
    expect((await exportJson(new Request("http://test/api/v1/agreements.json?page=2"))).status).toBe(400);
  });
});

describe("a changed slug", () => {
  it("redirects permanently from the old address", async () => {
    const js = await db.agreement.findUniqueOrThrow({ where: { slug: "joint-statement-ict-2015" } });
    await db.slugRedirect.create({ data: { slug: "old-joint-statement-slug", agreementId: js.id } });
    const response = await one("old-joint-statement-slug");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toMatch(/\/api\/v1\/agreements\/joint-statement-ict-2015$/);
  });
});

describe("the OpenAPI document", () => {
  it("describes the list response as served, with search matches", async () => {
    const body = await (await get(`?q=${encodeURIComponent("ไปรษณีย์")}&limit=100`)).json();
    expect(validate("AgreementList", body)).toEqual([]);
    const all = await (await get("?limit=100")).json();
    expect(validate("AgreementList", all)).toEqual([]);
  });

  it("describes every agreement as served", async () => {
    for (const slug of ["joint-statement-ict-2015", "moc-postal-services", "moc-ict-digital-2017", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"]) {
      const { data } = await (await one(slug)).json();
      expect(validate("Agreement", data), slug).toEqual([]);
    }
  });

  it("describes errors as served", async () => {
    expect(validate("Error", await (await get("?colour=red")).json())).toEqual([]);
    expect(validate("Error", await (await one("no-such")).json())).toEqual([]);
  });

  it("rejects what the API never sends (the schemas can fail)", () => {
    expect(validate("Agreement", { slug: "x" }).length).toBeGreaterThan(0);
    expect(validate("Agreement", { slug: "x", dates: { signature: "30/04/2015" } }).join()).toContain("required");
  });

  it("lists exactly the parameters the API accepts", () => {
    expect(queryParameters.map((p) => p.name).sort()).toEqual(Object.keys(findParamsSchema.shape).sort());
  });
});

import { describe, expect, it } from "vitest";
import { languageSwitchTargets } from "./language-switch";

describe("languageSwitchTargets", () => {
  it("offers the same page with the same filters in each other language", () => {
    expect(languageSwitchTargets("th", "/th/agreements", "scope=cybersecurity&page=2")).toEqual([
      { locale: "en", href: "/en/agreements?scope=cybersecurity&page=2" },
      { locale: "ja", href: "/ja/agreements?scope=cybersecurity&page=2" },
    ]);
    expect(languageSwitchTargets("en", "/en/agreements/joint-statement-ict-2015", "")).toEqual([
      { locale: "th", href: "/th/agreements/joint-statement-ict-2015" },
      { locale: "ja", href: "/ja/agreements/joint-statement-ict-2015" },
    ]);
    expect(languageSwitchTargets("ja", "/ja/agreements/moc-postal-services", "")).toEqual([
      { locale: "th", href: "/th/agreements/moc-postal-services" },
      { locale: "en", href: "/en/agreements/moc-postal-services" },
    ]);
  });

  it("keeps the home page the home page", () => {
    expect(languageSwitchTargets("en", "/en", "").map((t) => t.href)).toEqual(["/th", "/ja"]);
  });
});

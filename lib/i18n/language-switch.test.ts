import { describe, expect, it } from "vitest";
import { languageSwitchTarget } from "./language-switch";

describe("languageSwitchTarget", () => {
  it("keeps the record and the filters, in the other language", () => {
    expect(languageSwitchTarget("th", "/th/agreements", "scope=cybersecurity&page=2")).toEqual({ locale: "en", href: "/en/agreements?scope=cybersecurity&page=2" });
    expect(languageSwitchTarget("en", "/en/agreements/joint-statement-ict-2015", "")).toEqual({ locale: "th", href: "/th/agreements/joint-statement-ict-2015" });
  });

  it("goes to the other language's home from a home page", () => {
    expect(languageSwitchTarget("en", "/en", "")).toEqual({ locale: "th", href: "/th" });
  });
});

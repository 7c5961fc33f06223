import { describe, expect, it } from "vitest";
import { printable } from "./printable";

describe("printable", () => {
  it("shows escapes, carriage returns, bells and bidi overrides as \\u escapes, and leaves Thai and Japanese alone", () => {
    expect(printable("\u001b]0;pwned\u0007\u001b[2Jok")).toBe("\\u001b]0;pwned\\u0007\\u001b[2Jok");
    expect(printable("fake\rreal\u0008")).toBe("fake\\u000dreal\\u0008");
    expect(printable("a\u202eb\u009bc")).toBe("a\\u202eb\\u009bc");
    expect(printable("ความร่วมมือ 郵便 “quoted”")).toBe("ความร่วมมือ 郵便 “quoted”");
  });
});

// Noto Sans Thai, self-hosted from @fontsource's files in node_modules (no
// font is downloaded at build time, which fails here: STACK.md), loaded through
// the local font loader so that the
// files every page needs are preloaded from the page's head, found before the
// stylesheet is read, and Latin text's fallback is sized like the web font
// (adjustFontFallback). With @fontsource's own CSS the fonts were found late
// and swapping them in moved the record page's title and text (Lighthouse CLS
// 0.12 on the Thai and English pages).
//
// One family per subset, each with its @fontsource unicode-range, as that
// CSS declares them: a page downloads only the subsets its text uses. Thai has
// no size-adjusted fallback: one declared without a unicode-range would catch
// Latin letters before the Latin family.
import localFont from "next/font/local";

export const notoSansThai = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-600-normal.woff2", weight: "600", style: "normal" },
  ],
  declarations: [{ prop: "unicode-range", value: "U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC" }],
  adjustFontFallback: false,
  variable: "--font-noto-thai",
});

export const notoSansLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
  adjustFontFallback: "Arial",
  variable: "--font-noto-latin",
});

// Letters beyond basic Latin (ō in a romanized Japanese name): rare, so not preloaded.
export const notoSansLatinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-latin-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-latin-ext-600-normal.woff2", weight: "600", style: "normal" },
  ],
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
  adjustFontFallback: false,
  preload: false,
  variable: "--font-noto-latin-ext",
});

/** The classes that define the three families' variables, for the root element. */
export const fontVariables = [notoSansThai.variable, notoSansLatin.variable, notoSansLatinExt.variable].join(" ");

// Thai is written without spaces between words, so neither PostgreSQL's
// parser nor a trigram index can find "ไซเบอร์" inside
// "ความมั่นคงปลอดภัยทางไซเบอร์" on its own. Node's ICU word segmenter
// splits Thai (and Latin) text into words; the same function is used when
// indexing and when querying, so both sides agree on the words.

// Japanese is written without spaces too: runs of Japanese script (kanji,
// kana and the long-vowel mark) go through the Japanese segmenter, the rest
// through the Thai one, at index and query time alike.
const thai = new Intl.Segmenter("th", { granularity: "word" });
const japanese = new Intl.Segmenter("ja", { granularity: "word" });
const JAPANESE_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/u;

/** A word of a text: where it stands in the (NFC) text, and its lower-cased form. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** Every word of a text with its place, punctuation and spaces dropped. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let offset = 0;
  // split() with a capturing group alternates other text and Japanese runs.
  text
    .normalize("NFC")
    .split(JAPANESE_RUN)
    .forEach((run, i) => {
      if (run) {
        for (const { segment, index, isWordLike } of (i % 2 === 1 ? japanese : thai).segment(run)) {
          if (!isWordLike) continue;
          // Keep letters, combining marks (Thai vowels and tones) and digits only:
          // the words go into a tsquery, where other characters are operators.
          const word = segment.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, "");
          if (word) spans.push({ start: offset + index, end: offset + index + segment.length, word });
        }
      }
      offset += run.length;
    });
  return spans;
}

/** Lower-cased words of a text, in order, punctuation and spaces dropped. */
export function segmentWords(text: string): string[] {
  return wordSpans(text).map((s) => s.word);
}

/** The text as space-separated words, which PostgreSQL's 'simple' parser then splits. */
export function segmentedText(text: string): string {
  return segmentWords(text).join(" ");
}

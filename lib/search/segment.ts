// Thai is written without spaces between words, so neither PostgreSQL's
// parser nor a trigram index can find "ไซเบอร์" inside
// "ความมั่นคงปลอดภัยทางไซเบอร์" on its own. Node's ICU word segmenter
// splits Thai (and Latin) text into words; the same function is used when
// indexing and when querying, so both sides agree on the words.

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Lower-cased words of a text, in order, punctuation and spaces dropped. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.normalize("NFC"))) {
    if (!isWordLike) continue;
    // Keep letters, combining marks (Thai vowels and tones) and digits only:
    // the words go into a tsquery, where other characters are operators.
    const word = segment.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, "");
    if (word) words.push(word);
  }
  return words;
}

/** The text as space-separated words, which PostgreSQL's 'simple' parser then splits. */
export function segmentedText(text: string): string {
  return segmentWords(text).join(" ");
}

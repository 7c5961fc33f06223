// The documents the records come from. The five Thai items the first
// records were curated from are kept whole in prisma/seed-sources/; the
// official Japanese and Thai pages added in the second reading (issue 14,
// corroboration) are kept as the passages the records quote, as retrieved
// from stored copies of the pages on `retrievedOn` (the registry does not
// republish third-party pages whole). Each file is its source's archived
// copy, against which every quote is checked. What a document does not state
// about itself (its address, publisher or date) is left empty.

export const sources = [
  {
    key: "ict-mic-summit-2015",
    file: "000_1671abb22a7ebfef.txt",
    // Found in the third reading's sweep (issue 30): the stored copy of this address holds the same text.
    url: "http://www.adslthailand.com/post/%E0%B8%81-%E0%B9%84%E0%B8%AD%E0%B8%8B%E0%B8%B5%E0%B8%97%E0%B8%B5-%E0%B8%9C%E0%B8%99%E0%B8%B6%E0%B8%81-mic-%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B9%84%E0%B8%AD%E0%B8%8B%E0%B8%B5%E0%B8%97%E0%B8%B5%E0%B8%95%E0%B8%B2%E0%B8%A1%E0%B8%81%E0%B8%A3%E0%B8%AD%E0%B8%9A-thailand-japan-summit",
    title: "ก.ไอซีที ผนึก MIC พัฒนาไอซีทีตามกรอบ Thailand-Japan Summit",
    publisher: null,
    publishedOn: null,
    language: "th",
  },
  {
    key: "thaigov-57695",
    file: "001_a828f6c8a85e3926.txt",
    url: "https://www.thaigov.go.th/news/contents/details/57695",
    title: "ดีอีเอส MOC ญี่ปุ่น พัฒนาไอซีที-ดิจิทัล",
    publisher: "รัฐบาลไทย – ข่าวทำเนียบรัฐบาล",
    publishedOn: { date: "2022-08-05", precision: "DAY" },
    language: "th",
  },
  {
    key: "thaigov-25177",
    file: "002_5094ff6caee98301.txt",
    url: "https://www.thaigov.go.th/news/contents/details/25177",
    title:
      "นายพุทธิพงษ์ รมว.กระทรวงดิจิทัลฯ ร่วมหารือทวิภาคีกับ รมว.กระทรวงกิจการภายในฯ ของประเทศญี่ปุ่น เน้นหารือความร่วมมือการพัฒนาด้านดิจิทัลในประเทศไทย",
    publisher: "รัฐบาลไทย – ข่าวทำเนียบรัฐบาล",
    publishedOn: { date: "2019-12-12", precision: "DAY" },
    language: "th",
  },
  {
    key: "de-postal-moc-draft",
    file: "003_f2fd41749fb1113d.txt",
    // Found in the third reading's sweep (issue 30): the stored copy of this address holds the same text.
    url: "http://www.adslthailand.com/post/%E0%B8%81%E0%B8%A3%E0%B8%B0%E0%B8%97%E0%B8%A3%E0%B8%A7%E0%B8%87%E0%B8%94%E0%B8%B5%E0%B8%AD%E0%B8%B5-%E0%B8%A5%E0%B8%87%E0%B8%99%E0%B8%B2%E0%B8%A1%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%A3%E0%B9%88%E0%B8%A7%E0%B8%A1%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%A3%E0%B9%88%E0%B8%B2%E0%B8%87-moc-%E0%B8%81%E0%B8%B1%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%8D%E0%B8%B5%E0%B9%88%E0%B8%9B%E0%B8%B8%E0%B9%88%E0%B8%99",
    title: "กระทรวงดีอี ลงนามความร่วมมือร่าง MoC กับประเทศญี่ปุ่น",
    publisher: null,
    publishedOn: null,
    language: "th",
  },
  {
    key: "thaigov-4283",
    file: "004_f937522a776fce5b.txt",
    url: "http://www.thaigov.go.th/news/contents/details/4283",
    title: "กระทรวงดิจิทัลฯ เตรียมลงนาม MOU กับญี่ปุ่น ร่วมพัฒนาเทคโนโลยีสารสนเทศการสื่อสาร และดิจิทัล",
    publisher: "รัฐบาลไทย – ข่าวทำเนียบรัฐบาล",
    publishedOn: { date: "2017-06-05", precision: "DAY" },
    language: "th",
  },
  {
    key: "mic-2015-05-08-thailand-visit",
    file: "mic-2015-05-08-thailand-visit.txt",
    url: "http://www.soumu.go.jp/menu_news/s-news/01tsushin09_02000039.html",
    title: "高市総務大臣のタイ王国への訪問結果",
    publisher: "総務省",
    publishedOn: { date: "2015-05-08", precision: "DAY" },
    language: "ja",
    retrievedOn: "2026-12-05",
  },
  {
    key: "takaichi-2015-04-30-press-conference",
    file: "takaichi-2015-04-30-press-conference.txt",
    url: "https://sanae.gr.jp/kaiken_detail439.html",
    title: "2015年4月30日 記者会見",
    publisher: null,
    publishedOn: null,
    language: "ja",
    retrievedOn: "2026-12-05",
  },
  {
    key: "mic-2022-moc-thailand",
    file: "mic-2022-moc-thailand.txt",
    url: "https://www.soumu.go.jp/menu_news/s-news/01tsushin09_02000133.html",
    // The stored copy begins with the release's text: its headline and date
    // are not in it, so the page is named by its address.
    title: "総務省 報道資料 01tsushin09_02000133",
    publisher: "総務省",
    publishedOn: null,
    language: "ja",
    retrievedOn: "2026-12-05",
  },
  {
    key: "dempa-2016-11-21-nbtc-moc",
    file: "dempa-2016-11-21-nbtc-moc.txt",
    url: "http://dempa-times.co.jp/gyosei/2016/1121-02.html",
    title: "タイ王国国家放送通信委員会と覚書 総務省",
    publisher: "電波タイムズ",
    publishedOn: { date: "2016-11-21", precision: "DAY" },
    language: "ja",
    retrievedOn: "2026-12-05",
  },
  {
    key: "portal-worlds-8675",
    file: "portal-worlds-8675.txt",
    url: "https://portal-worlds.com/news/thailand/8675/amp",
    title: "総務省はタイと放送・通信・郵便分野で協力",
    publisher: null,
    publishedOn: null,
    language: "ja",
    retrievedOn: "2026-12-05",
  },
  {
    key: "aseanthai-6523",
    file: "aseanthai-6523.txt",
    url: "http://www.aseanthai.net/ewt_news.php?nid=6523&filename=index",
    title: "ครม. มีมติเห็นชอบและอนุมัติให้มีการลงนามในร่างบันทึกความร่วมมือด้านไปรษณีย์ระหว่างไทยและญี่ปุ่น",
    publisher: null,
    publishedOn: { date: "2016-11-10", precision: "DAY" },
    language: "th",
    retrievedOn: "2026-12-05",
  },
  {
    key: "matichon-2192643",
    file: "matichon-2192643.txt",
    url: "https://www.matichon.co.th/politics/news_2192643",
    title: "ครม. เห็นชอบการลงนามความร่วมมือความร่วมมือด้านไปรษณีย์ไทย-ญี่ปุ่น ยกระดับความร่วมมือด้านไปรษณีย์ หวังให้ปชช.ขายสินค้าท้องถิ่น-ผลิตภัณฑ์เกษตรผ่านออนไลน์",
    publisher: "มติชนออนไลน์",
    publishedOn: { date: "2020-05-01", precision: "MONTH" },
    language: "th",
    retrievedOn: "2026-12-05",
  },
  // Third reading (issue 30).
  {
    key: "kaohoon-548502",
    file: "kaohoon-548502.txt",
    url: "https://www.kaohoon.com/news/548502",
    title: "ครม.เห็นชอบ! ร่างความร่วมมือ “ไทย-ญี่ปุ่น” พร้อมลงนาม 5 ส.ค.นี้",
    publisher: "ข่าวหุ้น",
    publishedOn: null,
    language: "th",
    retrievedOn: "2026-12-05",
  },
  {
    key: "govinsider-thailand-japan",
    file: "govinsider-thailand-japan.txt",
    url: "https://govinsider.asia/intl-en/article/thailands-digital-ministry-partners-with-japan",
    title: "Thailand’s digital ministry partners with Japan",
    publisher: "GovInsider",
    publishedOn: null,
    language: "en",
    retrievedOn: "2026-12-05",
  },
] as const;

export type SourceKey = (typeof sources)[number]["key"];

// The five documents the first records come from. Their full texts are kept
// in prisma/seed-sources/ so that a test can check every quoted passage
// against them. What a document does not state about itself (its address,
// publisher or date) is left empty.

export const sources = [
  {
    key: "ict-mic-summit-2015",
    file: "000_1671abb22a7ebfef.txt",
    url: null,
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
    url: null,
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
] as const;

export type SourceKey = (typeof sources)[number]["key"];

// Organizations, people and scope areas shared by the records. English names
// of Thai bodies are the bodies' own English names; English spellings of
// people's names are transliterations of the Thai text of the sources (of the
// Japanese text, for people only Japanese sources name). Japanese names are
// those the Japanese sources write: MIC's press releases name the bodies
// (総務省, デジタル経済社会省, 情報通信技術省, 国家放送通信委員会); a person
// has a Japanese name only where a source writes it whole.

export const organizations = [
  {
    slug: "mict",
    nameTh: "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร",
    nameEn: "Ministry of Information and Communication Technology",
    abbreviation: "MICT",
    countryCode: "TH",
    predecessor: null,
    nameJa: "情報通信技術省",
  },
  {
    // Source de-postal-moc-draft headlines the ICT ministry's 2015 signing as
    // "กระทรวงดีอี", and MIC's release of August 2022 calls the Ministry of
    // Digital Economy and Society "情報通信技術省の後身" (the successor of the
    // ICT ministry): that passage is cited on the 2017 MoC's MDES party.
    slug: "mdes",
    nameTh: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    nameEn: "Ministry of Digital Economy and Society",
    abbreviation: "MDES",
    countryCode: "TH",
    predecessor: "mict",
    nameJa: "デジタル経済社会省",
  },
  {
    slug: "depa",
    nameTh: "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
    nameEn: "Digital Economy Promotion Agency",
    abbreviation: "depa",
    countryCode: "TH",
    predecessor: null,
    nameJa: null,
  },
  {
    slug: "mic",
    nameTh: "กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
    nameEn: "Ministry of Internal Affairs and Communications, Japan",
    abbreviation: "MIC",
    countryCode: "JP",
    predecessor: null,
    nameJa: "総務省",
  },
  {
    // The regulator, party to MIC's 2016 MoC and 2015 joint press statement on
    // telecommunications and broadcasting (Japanese sources: 国家放送通信委員会).
    slug: "nbtc",
    nameTh: "คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ",
    nameEn: "National Broadcasting and Telecommunications Commission",
    abbreviation: "NBTC",
    countryCode: "TH",
    predecessor: null,
    nameJa: "国家放送通信委員会",
  },
] as const;

export type OrganizationSlug = (typeof organizations)[number]["slug"];

export const people = [
  { slug: "pornchai-rujiprapa", nameTh: "พรชัย รุจิประภา", nameEn: "Pornchai Rujiprapa", nameJa: null },
  // The source gives her name in Latin letters too: "H.E. Ms. Sanae TAKAICHI";
  // the 2016 trade-paper item writes it 高市早苗.
  { slug: "sanae-takaichi", nameTh: "ซะนะเอะ ทาคาอิชิ", nameEn: "Sanae Takaichi", nameJa: "高市早苗" },
  // MIC's release writes only his surname (金子総務大臣).
  { slug: "yasushi-kaneko", nameTh: "ยาซูชิ คาเนโกะ", nameEn: "Yasushi Kaneko", nameJa: null },
  // MIC's release writes only his surname (吉田総務審議官).
  { slug: "hiroshi-yoshida", nameTh: "ฮิโรชิ โยชิดะ", nameEn: "Hiroshi Yoshida", nameJa: null },
  // Named in the Thai item of 5 August 2022; MIC's release: チャイウット大臣.
  { slug: "chaiwut-thanakamanusorn", nameTh: "ชัยวุฒิ ธนาคมานุสรณ์", nameEn: "Chaiwut Thanakamanusorn", nameJa: null },
  // Named only in Japanese sources: 鈴木茂樹総務審議官 (the 2016 trade-paper item).
  { slug: "shigeki-suzuki", nameTh: "ชิเงกิ ซูซูกิ", nameEn: "Shigeki Suzuki", nameJa: "鈴木茂樹" },
] as const;

export type PersonSlug = (typeof people)[number]["slug"];

export const scopeAreas = [
  { key: "cybersecurity", labelTh: "ความมั่นคงปลอดภัยทางไซเบอร์", labelEn: "Cybersecurity" },
  { key: "disaster-risk-reduction", labelTh: "ไอซีทีเพื่อลดความเสี่ยงจากภัยพิบัติ", labelEn: "ICT for disaster risk reduction" },
  { key: "postal", labelTh: "กิจการไปรษณีย์", labelEn: "Postal services" },
  {
    key: "knowledge-sharing",
    labelTh: "การแบ่งปันความรู้ด้านเทคโนโลยี นวัตกรรม บริการ และแอปพลิเคชัน",
    labelEn: "Sharing knowledge of technology, innovation, services and applications",
  },
  { key: "human-resource-development", labelTh: "การพัฒนาบุคลากรด้านไอซีทีและดิจิทัล", labelEn: "Human resource development in ICT and digital" },
  { key: "open-secure-5g", labelTh: "การใช้งาน 5G ที่เปิดกว้างและปลอดภัย", labelEn: "Open and secure 5G" },
  { key: "ict-investment", labelTh: "การส่งเสริมการลงทุนของบริษัทไอซีทีญี่ปุ่นในไทย", labelEn: "Investment in Thailand by Japanese ICT companies" },
  { key: "innovation-ecosystem", labelTh: "ระบบนิเวศนวัตกรรมเพื่อการเปลี่ยนแปลง", labelEn: "Innovation ecosystem for transformation" },
  {
    key: "stakeholder-collaboration",
    labelTh: "ความร่วมมือระหว่างผู้มีส่วนได้เสีย เช่น มหาวิทยาลัย ภาคเอกชน และชุมชน",
    labelEn: "Cooperation among stakeholders such as universities, companies and communities",
  },
  { key: "joint-projects", labelTh: "โครงการและกิจกรรมร่วม", labelEn: "Joint projects and activities" },
  { key: "other-ict", labelTh: "ความร่วมมือด้านอื่นที่ทั้งสองฝ่ายตกลงกัน", labelEn: "Other cooperation agreed by both sides" },
  // The 2015 Joint Statement's third item says "other ICT fields", not "agreed by both sides".
  { key: "other-ict-fields", labelTh: "ความร่วมมือด้านไอซีทีสาขาอื่น", labelEn: "Cooperation in other ICT fields" },
  // depa's MoC: "การแลกเปลี่ยนประสบการณ์และองค์ความรู้", not the MDES MoC's sharing of technology and applications.
  { key: "experience-knowledge-exchange", labelTh: "การแลกเปลี่ยนประสบการณ์และองค์ความรู้", labelEn: "Exchange of experience and knowledge" },
  { key: "international-roaming", labelTh: "การลดค่าบริการโรมมิ่งระหว่างประเทศ", labelEn: "Lower international roaming charges" },
  { key: "broadcasting", labelTh: "เนื้อหาและเทคโนโลยีด้านการกระจายเสียง", labelEn: "Broadcasting content and technology" },
  { key: "spectrum-management", labelTh: "การบริหารคลื่นความถี่", labelEn: "Spectrum management" },
  { key: "mobile-communications", labelTh: "การสื่อสารเคลื่อนที่", labelEn: "Mobile communications" },
] as const;

export type ScopeAreaKey = (typeof scopeAreas)[number]["key"];

// Organizations, people and scope areas shared by the records. English names
// of Thai bodies are the bodies' own English names; English spellings of
// people's names are transliterations of the Thai text of the sources.

export const organizations = [
  {
    slug: "mict",
    nameTh: "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร",
    nameEn: "Ministry of Information and Communication Technology",
    abbreviation: "MICT",
    countryCode: "TH",
    predecessor: null,
  },
  {
    // Source de-postal-moc-draft headlines the ICT ministry's 2015 signing as
    // "กระทรวงดีอี": the ministry was renamed, not replaced.
    slug: "mdes",
    nameTh: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    nameEn: "Ministry of Digital Economy and Society",
    abbreviation: "MDES",
    countryCode: "TH",
    predecessor: "mict",
  },
  {
    slug: "depa",
    nameTh: "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
    nameEn: "Digital Economy Promotion Agency",
    abbreviation: "depa",
    countryCode: "TH",
    predecessor: null,
  },
  {
    slug: "mic",
    nameTh: "กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
    nameEn: "Ministry of Internal Affairs and Communications, Japan",
    abbreviation: "MIC",
    countryCode: "JP",
    predecessor: null,
  },
] as const;

export type OrganizationSlug = (typeof organizations)[number]["slug"];

export const people = [
  { slug: "pornchai-rujiprapa", nameTh: "พรชัย รุจิประภา", nameEn: "Pornchai Rujiprapa" },
  // The source gives her name in Latin letters too: "H.E. Ms. Sanae TAKAICHI".
  { slug: "sanae-takaichi", nameTh: "ซะนะเอะ ทาคาอิชิ", nameEn: "Sanae Takaichi" },
  { slug: "yasushi-kaneko", nameTh: "ยาซูชิ คาเนโกะ", nameEn: "Yasushi Kaneko" },
  { slug: "hiroshi-yoshida", nameTh: "ฮิโรชิ โยชิดะ", nameEn: "Hiroshi Yoshida" },
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
    labelTh: "ความร่วมมือกับมหาวิทยาลัย ภาคเอกชน และชุมชน",
    labelEn: "Collaboration with universities, companies and communities",
  },
  { key: "joint-projects", labelTh: "โครงการและกิจกรรมร่วม", labelEn: "Joint projects and activities" },
  { key: "other-ict", labelTh: "ความร่วมมือด้านอื่นที่ทั้งสองฝ่ายตกลงกัน", labelEn: "Other cooperation agreed by both sides" },
] as const;

export type ScopeAreaKey = (typeof scopeAreas)[number]["key"];

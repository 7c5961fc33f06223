// The curated record "mic-nbtc-moc-2016": MIC's memorandum with Thailand's
// broadcasting and telecommunications regulator, added from Japanese sources
// (issue 14, corroboration). Its texts are written from Japanese sources.

import type { Cite, SeedAgreement } from "../types";
import { basedOnJointStatement, suzukiBangkok, suzukiDay } from "../passages";

const witnessed: Cite = {
  source: "dempa-2016-11-21-nbtc-moc",
  quote: "タレス委員長と佐渡島志郎駐タイ大使の立会いの下、鈴木総務審議官とタコーン国家放送通信委員会事務局長との間で、放送・通信分野の協力に関する覚書の署名を行った。",
  quoteEn:
    "In the presence of Chairman Thares and Ambassador to Thailand Shiro Sadoshima, Vice-Minister for Policy Coordination Suzuki and NBTC Secretary-General Takorn signed the Memorandum on Cooperation in Broadcasting and Telecommunications.",
  quoteTh:
    "ต่อหน้าประธาน กสทช. และเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ชิโร ซาโดชิมะ (佐渡島志郎) Vice-Minister for Policy Coordination ซูซูกิ และเลขาธิการ กสทช. ได้ลงนามบันทึกความร่วมมือด้านการกระจายเสียงและโทรคมนาคม",
};

const scope: Cite = {
  source: "dempa-2016-11-21-nbtc-moc",
  quote: "総務省とタイ王国国家放送通信委員会との間で、電波監理、サイバーセキュリティ、放送コンテンツ、先進的放送技術、移動通信等における協力を推進していくこと等について合意した。",
  quoteEn:
    "MIC and Thailand's NBTC agreed, among other things, to promote cooperation in spectrum management, cybersecurity, broadcasting content, advanced broadcasting technology and mobile communications.",
  quoteTh:
    "กระทรวงกิจการภายในและการสื่อสารกับ กสทช. ตกลงที่จะส่งเสริมความร่วมมือด้านการบริหารคลื่นความถี่ ความมั่นคงปลอดภัยไซเบอร์ เนื้อหาการกระจายเสียง เทคโนโลยีการกระจายเสียงขั้นสูง และการสื่อสารเคลื่อนที่ เป็นต้น",
};

// A meeting between the 2015 joint press statement and this memorandum (third reading, issue 30).
const hiroshima2015: Cite = {
  source: "dempa-2016-11-21-nbtc-moc",
  quote: "また、平成27年11月にも、広島においてタレス委員長と会談を行い、協力に関する覚書について検討していくことで合意した。",
  quoteEn: "In November 2015, too, talks were held with Chairman Thares in Hiroshima, and it was agreed to consider a memorandum on cooperation.",
  quoteTh: "และเมื่อเดือนพฤศจิกายน 2558 ได้หารือกับประธาน กสทช. ที่เมืองฮิโรชิมะอีกครั้ง และตกลงที่จะพิจารณาจัดทำบันทึกความร่วมมือ",
  noteTh: "ประโยคนี้ไม่ได้ระบุว่าใครจากฝ่ายญี่ปุ่นร่วมหารือ ประโยคก่อนหน้ากล่าวถึงรัฐมนตรีทาคาอิชิในการเยือนเดือนเมษายน 2558",
  noteEn: "The sentence does not say who met him for Japan; the sentence before it is about Minister Takaichi's visit of April 2015.",
};

export const micNbtcMoc2016: SeedAgreement = {
  slug: "mic-nbtc-moc-2016",
  // The sources call it 覚書 (memorandum) without saying of what kind.
  kind: "OTHER",
  originalLanguage: "ja",
  titleTh: "บันทึกความร่วมมือด้านการกระจายเสียงและโทรคมนาคมระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นกับคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ",
  titleEn: "Memorandum on Cooperation in Broadcasting and Telecommunications between the Ministry of Internal Affairs and Communications of Japan and the National Broadcasting and Telecommunications Commission of Thailand",
  titleJa: "総務省とタイ王国国家放送通信委員会との間の放送・通信分野の協力に関する覚書",
  summaryTh:
    "บันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นกับ กสทช. ลงนามที่กรุงเทพฯ เมื่อวันที่ 14 พฤศจิกายน 2559 โดย Vice-Minister for Policy Coordination ชิเงกิ ซูซูกิ และเลขาธิการ กสทช. ต่อหน้าประธาน กสทช. และเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ครอบคลุมการบริหารคลื่นความถี่ ความมั่นคงปลอดภัยไซเบอร์ เนื้อหาและเทคโนโลยีการกระจายเสียง และการสื่อสารเคลื่อนที่ สืบเนื่องจากแถลงการณ์ร่วมสำหรับสื่อมวลชนปี 2558",
  summaryEn:
    "A memorandum between Japan's MIC and Thailand's NBTC, signed in Bangkok on 14 November 2016 by MIC's Vice-Minister for Policy Coordination Shigeki Suzuki and the NBTC Secretary-General, in the presence of the NBTC Chairman and Japan's Ambassador to Thailand. It covers spectrum management, cybersecurity, broadcasting content and technology, and mobile communications, following the 2015 joint press statement.",
  cite: {
    title: [suzukiBangkok],
    kind: [
      {
        ...suzukiBangkok,
        noteTh: "แหล่งข้อมูลเรียกว่า 覚書 (บันทึก) โดยไม่ระบุว่าเป็นบันทึกความร่วมมือหรือบันทึกความเข้าใจ",
        noteEn: "The source calls it 覚書 (memorandum) without saying whether it is a memorandum of cooperation or of understanding.",
      },
    ],
    summary: [suzukiBangkok, witnessed, scope],
  },
  signed: { date: "2016-11-14", precision: "DAY", cite: [suzukiBangkok] },
  // "タイ王国バンコクで…覚書に署名" (Dempa Shimbun, 21 November 2016).
  signedAt: { th: "กรุงเทพฯ ประเทศไทย", en: "Bangkok, Thailand", ja: "タイ王国バンコク", cite: [suzukiBangkok] },
  parties: [
    { organization: "mic", cite: [suzukiBangkok] },
    { organization: "nbtc", cite: [suzukiBangkok] },
  ],
  signatories: [
    {
      person: "shigeki-suzuki",
      positionTh: "Vice-Minister for Policy Coordination (総務審議官) กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [suzukiBangkok, witnessed],
    },
    {
      positionTh: "เลขาธิการ สำนักงาน กสทช.",
      positionEn: "Secretary-General of the NBTC",
      organization: "nbtc",
      role: "SIGNATORY",
      cite: [
        {
          ...witnessed,
          noteTh: "แหล่งข้อมูลเขียนชื่อเลขาธิการเป็นภาษาญี่ปุ่นเท่านั้น (タコーン) ทะเบียนนี้จึงบันทึกเพียงตำแหน่ง",
          noteEn: "The source gives the Secretary-General's name only in Japanese script (タコーン): the registry records the position only.",
        },
      ],
    },
    {
      positionTh: "ประธาน กสทช.",
      positionEn: "Chairman of the NBTC",
      organization: "nbtc",
      role: "WITNESS",
      cite: [
        {
          ...witnessed,
          noteTh: "แหล่งข้อมูลเขียนชื่อประธานเป็นภาษาญี่ปุ่นเท่านั้น (タレス) เอกอัครราชทูตญี่ปุ่นซึ่งเป็นพยานอีกคนไม่ได้สังกัดคู่ภาคีใด จึงระบุไว้ในคำบรรยายการลงนาม",
          noteEn: "The source gives the Chairman's name only in Japanese script (タレス). The other witness, Japan's Ambassador, acts for neither party and is named in the signing's description.",
        },
      ],
    },
  ],
  scopeAreas: [
    { key: "spectrum-management", cite: [scope] },
    { key: "cybersecurity", cite: [scope] },
    { key: "broadcasting", cite: [scope] },
    { key: "mobile-communications", cite: [scope] },
  ],
  events: [
    {
      type: "SIGNING",
      date: "2016-11-14",
      precision: "DAY",
      descriptionTh:
        "ลงนามที่กรุงเทพฯ โดย Vice-Minister for Policy Coordination ชิเงกิ ซูซูกิ และเลขาธิการ กสทช. ต่อหน้าประธาน กสทช. และเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ชิโร ซาโดชิมะ",
      descriptionEn:
        "Signed in Bangkok by MIC's Vice-Minister for Policy Coordination Shigeki Suzuki and the NBTC Secretary-General, in the presence of the NBTC Chairman and Japan's Ambassador to Thailand, Shiro Sadoshima.",
      cite: [suzukiBangkok, witnessed, suzukiDay],
    },
    {
      // Third reading (issue 30).
      type: "BILATERAL_MEETING",
      date: "2015-11-01",
      precision: "MONTH",
      descriptionTh: "ฝ่ายกระทรวงกิจการภายในฯ หารือกับประธาน กสทช. ที่เมืองฮิโรชิมะ และตกลงที่จะพิจารณาจัดทำบันทึกความร่วมมือ",
      descriptionEn: "MIC meets the NBTC Chairman in Hiroshima; they agree to consider a memorandum on cooperation.",
      cite: [hiroshima2015],
    },
  ],
  relations: [
    {
      to: "joint-press-statement-nbtc-2015",
      type: "FOLLOWS_UP_ON",
      noteTh: "ข่าวระบุว่าทั้งสองฝ่ายหารือต่อเนื่องหลังแถลงการณ์ร่วมสำหรับสื่อมวลชนปี 2558",
      noteEn: "The item says the two sides held further talks after the 2015 joint press statement.",
      cite: [
        {
          source: "dempa-2016-11-21-nbtc-moc",
          quote: "平成27年4月、高市早苗総務大臣がタイを訪問した際、タレス委員長と会談を行い、通信・放送分野の協力に関する共同プレス声明を発出し、相互に協力していくこととした。",
          quoteEn: "In April 2015, when Minister Sanae Takaichi visited Thailand, she held talks with Chairman Thares and issued the Joint Press Statement on Cooperation in Telecommunications and Broadcasting, and the two sides agreed to cooperate with each other.",
          quoteTh: "เมื่อเดือนเมษายน 2558 ขณะที่รัฐมนตรีซะนะเอะ ทาคาอิชิ เยือนประเทศไทย ได้หารือกับประธาน กสทช. และออกแถลงการณ์ร่วมสำหรับสื่อมวลชนว่าด้วยความร่วมมือด้านโทรคมนาคมและการกระจายเสียง โดยตกลงที่จะร่วมมือกัน",
        },
      ],
    },
    {
      to: "joint-statement-ict-2015",
      type: "RELATED",
      noteTh: "ข่าวจากญี่ปุ่นระบุว่าบันทึกที่ทำในการเยือนครั้งนี้มีพื้นฐานจากแถลงการณ์ร่วมที่ประกาศระหว่างการเยือนของรัฐมนตรีทาคาอิชิในเดือนเมษายน 2558",
      noteEn: "A Japanese news item says the memoranda concluded on this visit are based on the joint statement announced during Minister Takaichi's visit of April 2015.",
      cite: [basedOnJointStatement],
    },
  ],
};

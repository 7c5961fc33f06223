// The curated record "joint-press-statement-nbtc-2015": an instrument the
// Thai items do not name, added from the Japanese side's record (issue 14,
// corroboration). Its texts are written from Japanese sources.

import type { Cite, SeedAgreement } from "../types";

const micIssued: Cite = {
  source: "mic-2015-05-08-thailand-visit",
  quote:
    "国際ローミング料金の低廉化に向けた協議の開始や放送コンテンツ・次世代放送分野での協力強化を内容とする「通信・放送分野の協力に関する共同プレス声明」(別紙2、別紙3参照)を発出し",
  quoteEn:
    "…and issued the “Joint Press Statement on Cooperation in Telecommunications and Broadcasting” (see Annexes 2 and 3), covering the start of consultations towards lower international roaming charges and stronger cooperation on broadcasting content and next-generation broadcasting…",
  quoteTh:
    "…และได้ออก “แถลงการณ์ร่วมสำหรับสื่อมวลชนว่าด้วยความร่วมมือด้านโทรคมนาคมและการกระจายเสียง” (ดูเอกสารแนบ 2 และ 3) ซึ่งมีสาระเรื่องการเริ่มหารือเพื่อลดค่าบริการโรมมิ่งระหว่างประเทศ และการกระชับความร่วมมือด้านเนื้อหาการกระจายเสียงและการกระจายเสียงยุคใหม่",
};

const micDay: Cite = {
  source: "mic-2015-05-08-thailand-visit",
  quote: "4月30日、高市総務大臣は、防災、サイバーセキュリティ、郵便等の分野における協力を推進するため、",
  quoteEn: "On 30 April, Minister for Internal Affairs and Communications Takaichi, to promote cooperation in fields such as disaster prevention, cybersecurity and postal services, …",
  quoteTh: "เมื่อวันที่ 30 เมษายน รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ทาคาอิชิ เพื่อส่งเสริมความร่วมมือในด้านต่าง ๆ เช่น การป้องกันภัยพิบัติ ความมั่นคงปลอดภัยไซเบอร์ และไปรษณีย์ …",
  noteTh: "ประโยคเดียวกันกล่าวถึงการลงนามแถลงการณ์ร่วมด้านไอซีทีและการออกแถลงการณ์ร่วมฉบับนี้ในวันที่ 30 เมษายน (2558)",
  noteEn: "The same sentence reports the signing of the ICT Joint Statement and the issuing of this statement, on 30 April (2015).",
};

const withNbtc: Cite = {
  source: "dempa-2016-11-21-nbtc-moc",
  quote: "平成27年4月、高市早苗総務大臣がタイを訪問した際、タレス委員長と会談を行い、通信・放送分野の協力に関する共同プレス声明を発出し、相互に協力していくこととした。",
  quoteEn:
    "In April 2015, when Minister Sanae Takaichi visited Thailand, she held talks with Chairman Thares and issued the Joint Press Statement on Cooperation in Telecommunications and Broadcasting, and the two sides agreed to cooperate with each other.",
  quoteTh:
    "เมื่อเดือนเมษายน 2558 ขณะที่รัฐมนตรีซะนะเอะ ทาคาอิชิ เยือนประเทศไทย ได้หารือกับประธาน กสทช. และออกแถลงการณ์ร่วมสำหรับสื่อมวลชนว่าด้วยความร่วมมือด้านโทรคมนาคมและการกระจายเสียง โดยตกลงที่จะร่วมมือกัน",
  noteTh: "ข่าวนี้ระบุว่าแถลงการณ์ออกหลังการหารือกับประธาน กสทช. (ชื่อในแหล่งข้อมูลเขียนเป็นภาษาญี่ปุ่นว่า タレス) จึงถือว่า กสทช. เป็นอีกฝ่ายหนึ่ง",
  noteEn: "The item says the statement was issued after the talks with the NBTC Chairman (whom the source names only in Japanese script, タレス): the registry takes NBTC to be the other side.",
};

export const jointPressStatementNbtc2015: SeedAgreement = {
  slug: "joint-press-statement-nbtc-2015",
  kind: "JOINT_STATEMENT",
  originalLanguage: "ja",
  titleTh: "แถลงการณ์ร่วมสำหรับสื่อมวลชนว่าด้วยความร่วมมือด้านโทรคมนาคมและการกระจายเสียง",
  titleEn: "Joint Press Statement on Cooperation in Telecommunications and Broadcasting",
  titleJa: "通信・放送分野の協力に関する共同プレス声明",
  summaryTh:
    "แถลงการณ์ร่วมสำหรับสื่อมวลชนที่รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น ซะนะเอะ ทาคาอิชิ ออกเมื่อวันที่ 30 เมษายน 2558 ระหว่างการเยือนประเทศไทย หลังหารือกับประธาน กสทช. มีสาระเรื่องการเริ่มหารือเพื่อลดค่าบริการโรมมิ่งระหว่างประเทศ และการกระชับความร่วมมือด้านเนื้อหาการกระจายเสียงและการกระจายเสียงยุคใหม่ ข่าวของไทยในขณะนั้นไม่ได้กล่าวถึงแถลงการณ์ฉบับนี้",
  summaryEn:
    "A joint press statement issued on 30 April 2015 by Japan's Minister for Internal Affairs and Communications Sanae Takaichi during her visit to Thailand, after talks with the NBTC Chairman. It covers starting consultations towards lower international roaming charges and stronger cooperation on broadcasting content and next-generation broadcasting. The Thai items of the time do not mention it.",
  cite: { title: [micIssued], kind: [micIssued], summary: [micIssued, micDay, withNbtc] },
  parties: [
    { organization: "mic", cite: [micIssued] },
    { organization: "nbtc", cite: [withNbtc] },
  ],
  signatories: [],
  scopeAreas: [
    { key: "international-roaming", cite: [micIssued] },
    { key: "broadcasting", cite: [micIssued] },
  ],
  events: [
    {
      type: "OTHER",
      date: "2015-04-30",
      precision: "DAY",
      descriptionTh: "รัฐมนตรีทาคาอิชิออกแถลงการณ์ร่วมสำหรับสื่อมวลชนระหว่างการเยือนประเทศไทย หลังหารือกับประธาน กสทช.",
      descriptionEn: "Minister Takaichi issues the joint press statement during her visit to Thailand, after talks with the NBTC Chairman.",
      cite: [micIssued, micDay, withNbtc],
    },
  ],
  relations: [
    {
      to: "joint-statement-ict-2015",
      type: "RELATED",
      noteTh: "ออกในวันเดียวกันระหว่างการเยือนครั้งเดียวกัน",
      noteEn: "Issued on the same day, during the same visit.",
      cite: [micDay],
    },
  ],
};

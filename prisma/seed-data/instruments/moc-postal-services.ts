// The curated record "moc-postal-services", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { meeting2019Date } from "../passages";

const postalSigners: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "ร่าง MoC จะลงนามโดยปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และ Vice-Minister for Policy Coordination กระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น",
  quoteEn:
    "The draft MoC is to be signed by the Permanent Secretary of the Ministry of Digital Economy and Society and the Vice-Minister for Policy Coordination of Japan's Ministry of Internal Affairs and Communications.",
  noteTh: "แหล่งข้อมูลเขียนก่อนการลงนาม จึงระบุเพียงตำแหน่งของผู้ที่จะลงนาม ไม่มีแหล่งข้อมูลใดยืนยันชื่อผู้ลงนามจริง",
  noteEn: "The source was written before the signing and names only the positions that were to sign; no source confirms who actually signed.",
};

const postalDraftTerm: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "โดยร่าง MoC มีระยะเวลา 3 ปี แต่ทั้งนี้ ฝ่ายใดฝ่ายหนึ่งสามารถขอสิ้นสุดได้ก่อนกำหนดโดยการทำหนังสือเป็นลายลักษณ์อักษรแจ้งอีกฝ่ายล่วงหน้าเป็นระยะเวลาไม่น้อยกว่า 6 เดือน",
  quoteEn:
    "The draft MoC runs for 3 years, but either side may end it early by giving the other written notice at least 6 months in advance.",
  noteTh: "ระยะเวลาและการแจ้งยกเลิกนำมาจากร่างบันทึกความร่วมมือตามที่รายงานก่อนการลงนาม",
  noteEn: "The term and the notice period are those of the draft as reported before signing.",
};

const postalExpired: Cite = {
  source: "thaigov-25177",
  quote:
    "๒) บันทึกความร่วมมือด้านกิจการไปรษณีย์ ซึ่งอยู่ระหว่างเตรียมการจัดทำ MoC ฉบับใหม่ แทนฉบับเดิมที่หมดอายุลงไปเมื่อเดือนพฤศจิกายน ๒๕๖๒",
  quoteEn: "(2) the MoC on postal affairs, for which a new MoC is being prepared to replace the previous one, which expired in November 2019 (B.E. 2562).",
  noteTh:
    "ข่าวเดียวกันนับบันทึกความร่วมมือฉบับนี้ว่า “ในปัจจุบันมี” แต่ก็ระบุว่าหมดอายุไปแล้วเมื่อเดือนพฤศจิกายน 2562 ทะเบียนนี้บันทึกวันหมดอายุตามที่ระบุ",
  noteEn:
    "The same item lists this MoC among those ‘currently’ in place while saying it expired in November 2019; the registry records the stated expiry.",
};

const meeting2019: Cite = {
  source: "thaigov-25177",
  quote:
    "นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้ร่วมหารือทวิภาคีกับ นาย Terada Minoru ตำแหน่ง State Minister กระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น (MIC)",
  quoteEn:
    "Mr Buddhipongse Punnakanta, Minister of Digital Economy and Society, held bilateral talks with Mr Terada Minoru, State Minister of the Ministry of Internal Affairs and Communications of Japan (MIC)…",
};

export const postalMoc: SeedAgreement = {
  slug: "moc-postal-services",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh: "บันทึกความร่วมมือด้านกิจการไปรษณีย์",
  titleEn: "Memorandum of Cooperation on Postal Services",
  summaryTh:
    "บันทึกความร่วมมือด้านไปรษณีย์ที่จัดทำขึ้นภายใต้แถลงการณ์ร่วมปี 2558 ครอบคลุมการแลกเปลี่ยนนโยบายไปรษณีย์ ความร่วมมือระหว่างการไปรษณีย์ญี่ปุ่นกับบริษัท ไปรษณีย์ไทย จำกัด และการสนับสนุนจากหน่วยงานญี่ปุ่นรวมถึง JETRO แหล่งข้อมูลไม่ได้ระบุชื่อทางการฉบับเต็มและวันลงนาม ระบุเพียงว่ามีกำหนดลงนามในเดือนพฤศจิกายน 2559 และหมดอายุในเดือนพฤศจิกายน 2562",
  summaryEn:
    "A postal cooperation MoC prepared under the 2015 Joint Statement, covering postal policy exchange, cooperation between Japan Post and Thailand Post, and support from Japanese agencies including JETRO. The sources give neither its full official title nor its signature date: only that signing was scheduled for November 2016 and that it expired in November 2019.",
  cite: {
    title: [
      {
        ...postalExpired,
        noteTh: "แหล่งข้อมูลไม่ได้ระบุชื่อทางการฉบับเต็ม ชื่อที่ใช้ในทะเบียนนี้เป็นชื่อที่ข่าวปี 2562 เรียก",
        noteEn: "The sources do not give the full official title; the registry uses the name by which the 2019 item refers to it.",
      },
    ],
    kind: [
      {
        source: "de-postal-moc-draft",
        quote: "โดยได้มีนโนบายให้ผลักดันการจัดทำบันทึกความร่วมมือ (MOC) ด้านไปรษณีย์ระหว่างสองประเทศ",
        quoteEn: "…with a policy of pushing for a Memorandum of Cooperation (MoC) on postal services between the two countries.",
      },
    ],
    summary: [
      {
        source: "de-postal-moc-draft",
        quote:
          "ร่าง MoC จัดทำขึ้นเพื่อส่งเสริมให้เกิดกิจกรรมความร่วมมือด้านไปรษณีย์ที่เป็นรูปธรรมภายใต้แถลงการณ์ร่วม ไทย-ญี่ปุ่น ดังกล่าวข้างต้น",
        quoteEn: "The draft MoC was prepared to bring about concrete postal cooperation under the Thai–Japanese Joint Statement mentioned above.",
      },
    ],
  },
  expires: { date: "2019-11-01", precision: "MONTH", cite: [postalExpired] },
  termMonths: { value: 36, cite: [postalDraftTerm] },
  terminationNoticeMonths: { value: 6, cite: [postalDraftTerm] },
  parties: [
    { organization: "mdes", cite: [postalSigners] },
    { organization: "mic", cite: [postalSigners] },
  ],
  signatories: [
    {
      positionTh: "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Permanent Secretary, Ministry of Digital Economy and Society",
      organization: "mdes",
      role: "SIGNATORY",
      planned: true,
      cite: [postalSigners],
    },
    {
      positionTh: "รองรัฐมนตรีฝ่ายประสานนโยบาย (Vice-Minister for Policy Coordination)",
      positionEn: "Vice-Minister for Policy Coordination",
      organization: "mic",
      role: "SIGNATORY",
      planned: true,
      cite: [postalSigners],
    },
  ],
  scopeAreas: [
    {
      key: "postal",
      cite: [
        {
          source: "de-postal-moc-draft",
          quote: "1. การแบ่งปันข้อมูลและการแลกเปลี่ยนความคิดเห็นเกี่ยวกับนโยบายด้านไปรษณีย์ของทั้งสองฝ่าย",
          quoteEn: "1. Sharing information and exchanging views on both sides' postal policies",
        },
        {
          source: "de-postal-moc-draft",
          quote: "2. ส่งเสริมให้เกิดความร่วมมือระหว่างการไปรษณีย์ญี่ปุ่น และบริษัทไปรษณีย์ไทย จำกัด",
          quoteEn: "2. Promoting cooperation between Japan Post and Thailand Post Co., Ltd.",
        },
      ],
    },
  ],
  events: [
    {
      type: "PLANNED_SIGNING",
      date: "2016-11-01",
      precision: "MONTH",
      descriptionTh: "กำหนดลงนามระหว่างการประชุม ITU Telecom World 2016 ที่กรุงเทพมหานคร",
      descriptionEn: "Signing scheduled during ITU Telecom World 2016 in Bangkok.",
      cite: [
        {
          source: "de-postal-moc-draft",
          quote:
            "มีกำหนดการลงนามในระหว่างการประชุม ITU Telecom World 2016 ซึ่งกระทรวงฯ เป็นเจ้าภาพจัดขึ้นในเดือนพฤศจิกายน 2559 ณ กรุงเทพมหานคร",
          quoteEn: "…is scheduled to be signed during ITU Telecom World 2016, hosted by the Ministry in November 2016 (B.E. 2559) in Bangkok.",
        },
      ],
    },
    {
      type: "EXPIRY",
      date: "2019-11-01",
      precision: "MONTH",
      descriptionTh: "บันทึกความร่วมมือหมดอายุ",
      descriptionEn: "The MoC expires.",
      cite: [postalExpired],
    },
    {
      type: "BILATERAL_MEETING",
      date: "2019-12-11",
      precision: "DAY",
      descriptionTh: "หารือทวิภาคีที่รัฐสภา ฝ่ายไทยแจ้งว่ากำลังเตรียมจัดทำบันทึกความร่วมมือด้านไปรษณีย์ฉบับใหม่แทนฉบับที่หมดอายุ",
      descriptionEn: "Bilateral talks at Parliament House: the Thai side says a new postal MoC is being prepared to replace the expired one.",
      cite: [meeting2019, meeting2019Date, postalExpired],
    },
  ],
  relations: [
    {
      to: "joint-statement-ict-2015",
      type: "IMPLEMENTS",
      cite: [
        {
          source: "de-postal-moc-draft",
          quote:
            "ร่าง MoC จัดทำขึ้นเพื่อส่งเสริมให้เกิดกิจกรรมความร่วมมือด้านไปรษณีย์ที่เป็นรูปธรรมภายใต้แถลงการณ์ร่วม ไทย-ญี่ปุ่น ดังกล่าวข้างต้น",
          quoteEn: "The draft MoC was prepared to bring about concrete postal cooperation under the Thai–Japanese Joint Statement mentioned above.",
        },
      ],
    },
  ],
};

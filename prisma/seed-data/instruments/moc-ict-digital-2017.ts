// The curated record "moc-ict-digital-2017", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { summit2015FromJs, meeting2019Date, cabinet2017 } from "../passages";

const summit2015From2017: Cite = {
  source: "thaigov-4283",
  quote:
    "เป็นผลสืบเนื่องจากการหารือระหว่างนายกรัฐมนตรีของไทยกับนายกรัฐมนตรีของญี่ปุ่นสมัยนั้น เมื่อวันที่ 9 กุมภาพันธ์ 2558 ในการประชุม Thailand-Japan Summit ณ กรุงโตเกียว ประเทศญี่ปุ่น",
  quoteEn:
    "…follows from the talks between the then Prime Ministers of Thailand and Japan on 9 February 2015 at the Thailand–Japan Summit in Tokyo, Japan.",
};

const mocsInPlace2019: Cite = {
  source: "thaigov-25177",
  quote:
    "ในปัจจุบันมีบันทึกความร่วมมือ (Memorandum of Cooperation) ที่เป็นกลไกสำคัญในการดำเนินความร่วมมือ ๒ ฉบับ ได้แก่ ๑) บันทึกความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร และเทคโนโลยีดิจิทัล",
  quoteEn:
    "There are currently two Memoranda of Cooperation that are key mechanisms of the cooperation: (1) the MoC on information and communication technology and digital technology…",
  noteTh:
    "ข่าวปี 2562 เรียกชื่อบันทึกความร่วมมือฉบับนี้ต่างจากข่าวปี 2560 เล็กน้อย ทะเบียนนี้ถือว่าเป็นฉบับเดียวกันเพราะคู่ภาคีและสาขาความร่วมมือตรงกัน",
  noteEn:
    "The 2019 item names this MoC slightly differently from the 2017 item; the registry takes them to be the same instrument because the parties and the field match.",
};

const scope2017: Cite = {
  source: "thaigov-4283",
  quote: "โดยมีขอบเขตความร่วมมือในสาขาต่างๆ รวม 6 สาขา ได้แก่",
  quoteEn: "with a scope of cooperation in six fields:",
};

export const mocIctDigital2017: SeedAgreement = {
  slug: "moc-ict-digital-2017",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh:
    "บันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  titleEn:
    "Memorandum of Cooperation between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society on Cooperation in Information Technology, Communications and Digital",
  summaryTh:
    "บันทึกความร่วมมือที่คณะรัฐมนตรีอนุมัติให้ลงนามเมื่อ 30 พฤษภาคม 2560 สืบเนื่องจากการประชุม Thailand–Japan Summit ปี 2558 ครอบคลุม 6 สาขา ได้แก่ ความมั่นคงปลอดภัยทางไซเบอร์ ไอซีทีเพื่อการตรวจอากาศและลดความเสี่ยงจากภัยพิบัติ การแบ่งปันความรู้ด้านเทคโนโลยีและนวัตกรรม การพัฒนาบุคลากร กิจการไปรษณีย์ และด้านอื่นที่ตกลงกัน มีกรอบระยะเวลา 5 ปี แหล่งข้อมูลไม่ได้ระบุวันลงนาม แต่ข่าวเดือนธันวาคม 2562 กล่าวถึงว่ายังใช้อยู่",
  summaryEn:
    "An MoC whose signing the Cabinet approved on 30 May 2017, following the 2015 Thailand–Japan Summit. It covers six fields: cybersecurity, ICT for weather observation and disaster risk reduction, sharing knowledge of technology and innovation, human resource development, postal services, and other agreed areas, over a five-year period. The sources do not give its signature date; a December 2019 item speaks of it as in place.",
  cite: {
    title: [cabinet2017],
    kind: [
      {
        ...mocsInPlace2019,
        noteTh: "หัวข่าวปี 2560 เรียกว่า “MOU” แต่เนื้อข่าวใช้คำว่าบันทึกความร่วมมือ และข่าวปี 2562 เรียกว่า Memorandum of Cooperation",
        noteEn: "The 2017 headline calls it an ‘MOU’, but its text says บันทึกความร่วมมือ (memorandum of cooperation), and the 2019 item calls it a Memorandum of Cooperation.",
      },
    ],
    summary: [cabinet2017, scope2017],
  },
  cabinetApproval: { date: "2017-05-30", precision: "DAY", cite: [cabinet2017] },
  termMonths: {
    value: 60,
    cite: [
      {
        source: "thaigov-4283",
        quote: "6) ความร่วมมือด้านอื่นๆ ที่ทั้งสองฝ่ายได้ตกลงร่วมกัน กรอบระยะเวลา 5 ปี",
        quoteEn: "6) other cooperation agreed by both sides; a time frame of 5 years.",
      },
    ],
  },
  parties: [
    { organization: "mic", cite: [cabinet2017] },
    { organization: "mdes", cite: [cabinet2017] },
  ],
  signatories: [],
  scopeAreas: [
    {
      key: "cybersecurity",
      cite: [{ ...scope2017, quote: "1) ความร่วมมือด้านความมั่นคงปลอดภัยทางไซเบอร์", quoteEn: "1) cooperation on cybersecurity" }],
    },
    {
      key: "disaster-risk-reduction",
      cite: [
        {
          source: "thaigov-4283",
          quote: "2) การใช้เทคโนโลยีสารสนเทศและการสื่อสารและข้อมูลที่เกี่ยวข้องในการตรวจอากาศและการลดความเสี่ยงจากภัยพิบัติ",
          quoteEn: "2) using ICT and related data for weather observation and disaster risk reduction",
        },
      ],
    },
    {
      key: "knowledge-sharing",
      cite: [
        {
          source: "thaigov-4283",
          quote: "3) การแบ่งปันความรู้ในด้านเทคโนโลยีนวัตกรรม การบริการและแอปพลิเคชันด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
          quoteEn: "3) sharing knowledge of technology, innovation, services and applications in ICT and digital",
        },
      ],
    },
    {
      key: "human-resource-development",
      cite: [
        {
          source: "thaigov-4283",
          quote: "4) การพัฒนาบุคลากรในสาขาเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
          quoteEn: "4) human resource development in information technology, communications and digital",
        },
      ],
    },
    { key: "postal", cite: [{ source: "thaigov-4283", quote: "5) ความร่วมมือด้านไปรษณีย์", quoteEn: "5) postal cooperation" }] },
    {
      key: "other-ict",
      cite: [{ source: "thaigov-4283", quote: "6) ความร่วมมือด้านอื่นๆ ที่ทั้งสองฝ่ายได้ตกลงร่วมกัน", quoteEn: "6) other cooperation agreed by both sides" }],
    },
  ],
  events: [
    {
      type: "SUMMIT",
      date: "2015-02-09",
      precision: "DAY",
      descriptionTh: "การประชุม Thailand–Japan Summit ที่กรุงโตเกียว ซึ่งเป็นที่มาของบันทึกความร่วมมือฉบับนี้",
      descriptionEn: "Thailand–Japan Summit in Tokyo, from which this MoC follows.",
      cite: [summit2015From2017],
    },
    {
      type: "CABINET_APPROVAL",
      date: "2017-05-30",
      precision: "DAY",
      descriptionTh: "คณะรัฐมนตรีมีมติเห็นชอบและอนุมัติให้ลงนาม",
      descriptionEn: "The Cabinet approves the MoC and authorises its signing.",
      cite: [cabinet2017],
    },
    {
      type: "REPORTED_IN_EFFECT",
      date: "2019-12-11",
      precision: "DAY",
      descriptionTh: "ในการหารือทวิภาคีที่รัฐสภา ฝ่ายไทยกล่าวถึงบันทึกความร่วมมือฉบับนี้ว่าเป็นกลไกความร่วมมือที่มีอยู่ในปัจจุบัน",
      descriptionEn: "At bilateral talks at Parliament House, the Thai side names this MoC among the cooperation mechanisms currently in place.",
      cite: [mocsInPlace2019, meeting2019Date],
    },
  ],
  relations: [
    {
      to: "joint-statement-ict-2015",
      type: "RELATED",
      noteTh: "ทั้งสองฉบับสืบเนื่องจากการประชุม Thailand–Japan Summit เมื่อ 9 กุมภาพันธ์ 2558",
      noteEn: "Both follow from the Thailand–Japan Summit of 9 February 2015.",
      cite: [summit2015From2017, summit2015FromJs],
    },
  ],
};

// The curated record "joint-statement-ict-2015", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { summit2015FromJs } from "../passages";

const jsSigned: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร และกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น ได้ร่วมกันลงนามใน“แถลงการณ์ร่วมของกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารแห่งราชอาณาจักรไทยและกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร” เมื่อวันที่ 30 เมษายน 2558",
  quoteEn:
    "The Ministry of Information and Communication Technology and the Ministry of Internal Affairs and Communications of Japan jointly signed the “Joint Statement of the Ministry of Information and Communication Technology of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in Information and Communication Technology” on 30 April 2015 (B.E. 2558).",
};

const jsSignedAfterMeeting: Cite = {
  source: "ict-mic-summit-2015",
  quote:
    "ทั้งนี้ ภายหลังการหารือทวิภาคีดังกล่าวได้มีการลงนามในแถลงการณ์ร่วมระหว่างประเทศไทยกับประเทศญี่ปุ่นว่าด้วยความร่วมมือด้าน ICT",
  quoteEn: "After the bilateral meeting, the Joint Statement between Thailand and Japan on ICT cooperation was signed.",
};

const jsMeeting: Cite = {
  source: "ict-mic-summit-2015",
  quote:
    "พรชัย รุจิประภา รัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร (ไอซีทีเปิดเผยภายหลังนางซะนะเอะ ทาคาอิชิ (H.E. Ms. Sanae TAKAICHI) รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของประเทศญี่ปุ่น (Ministry of International Affairs and Communications : MIC) เข้าเยี่ยมคารวะและหารือทวิภาคี ในวันที่ 30 เมษายน 2558  ณ ตึกสันติไมตรี ทำเนียบรัฐบาล",
  quoteEn:
    "Pornchai Rujiprapa, Minister of Information and Communication Technology, said after Ms Sanae Takaichi, Minister for Internal Affairs and Communications of Japan, paid a courtesy call and held bilateral talks on 30 April 2015 at Santi Maitri Building, Government House…",
};

// Who signed the 2015 Joint Statement is read from the meeting it followed.
const jsSignersInferred: Cite = {
  ...jsMeeting,
  noteTh: "ข่าวรายงานว่ามีการลงนามทันทีหลังการหารือทวิภาคีของรัฐมนตรีทั้งสองท่าน โดยไม่ได้ระบุผู้ลงนามไว้ตรง ๆ และไม่มีผู้อื่นที่ถูกกล่าวถึง",
  noteEn: "The item reports the signing right after the two ministers' bilateral talks; it does not name the signers in so many words, and names no one else.",
};

const jsScopeIntro: Cite = {
  source: "de-postal-moc-draft",
  quote: "โดยแถลงการณ์ร่วมดังกล่าวเน้นความร่วมมือหลักใน 3 ด้าน ได้แก่",
  quoteEn: "The Joint Statement focuses on cooperation in three main areas:",
};

export const jointStatement2015: SeedAgreement = {
  slug: "joint-statement-ict-2015",
  kind: "JOINT_STATEMENT",
  titleTh:
    "แถลงการณ์ร่วมของกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารแห่งราชอาณาจักรไทยและกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร",
  titleEn:
    "Joint Statement of the Ministry of Information and Communication Technology of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in Information and Communication Technology",
  summaryTh:
    "แถลงการณ์ร่วมฉบับแรกด้านไอซีทีระหว่างไทยกับญี่ปุ่น ลงนามหลังการหารือทวิภาคีของรัฐมนตรีทั้งสองฝ่ายที่ทำเนียบรัฐบาล สืบเนื่องจากการประชุม Thailand–Japan Summit เมื่อเดือนกุมภาพันธ์ 2558 เน้นความร่วมมือ 3 ด้าน คือ ไอซีทีเพื่อบริหารความเสี่ยงจากภัยพิบัติ ความมั่นคงปลอดภัยทางไซเบอร์ และกิจการไปรษณีย์ รวมถึงความร่วมมือด้านไอซีทีอื่น ๆ",
  summaryEn:
    "The first joint statement on ICT between Thailand and Japan, signed after the two ministers' bilateral talks at Government House as a follow-up to the Thailand–Japan Summit of February 2015. It focuses on three areas: ICT for disaster risk management, cybersecurity, and postal services, together with other ICT cooperation.",
  cite: {
    title: [jsSigned],
    kind: [jsSigned],
    summary: [jsScopeIntro, summit2015FromJs],
  },
  signed: { date: "2015-04-30", precision: "DAY", cite: [jsSigned, jsSignedAfterMeeting] },
  parties: [
    { organization: "mict", cite: [jsSigned] },
    {
      organization: "mic",
      cite: [
        jsSigned,
        {
          ...jsMeeting,
          noteTh:
            "ข่าวนี้สะกดชื่อภาษาอังกฤษของกระทรวงผิดเป็น “Ministry of International Affairs and Communications” ชื่อที่ถูกต้องคือ Ministry of Internal Affairs and Communications",
          noteEn:
            "This item misspells the ministry's English name as “Ministry of International Affairs and Communications”; the correct name is Ministry of Internal Affairs and Communications.",
        },
      ],
    },
  ],
  signatories: [
    {
      person: "pornchai-rujiprapa",
      positionTh: "รัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร",
      positionEn: "Minister of Information and Communication Technology",
      organization: "mict",
      role: "SIGNATORY",
      cite: [
        jsSignersInferred,
        jsSignedAfterMeeting,
      ],
    },
    {
      person: "sanae-takaichi",
      positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [
        jsSignersInferred,
        jsSignedAfterMeeting,
      ],
    },
  ],
  scopeAreas: [
    {
      key: "disaster-risk-reduction",
      cite: [{ source: "de-postal-moc-draft", quote: "1) การพัฒนาและการใช้ ICT เพื่อบริหารความเสี่ยงจากภัยพิบัติ", quoteEn: "1) Developing and using ICT for disaster risk management" }],
    },
    {
      key: "cybersecurity",
      cite: [
        {
          source: "de-postal-moc-draft",
          quote:
            "2) การขยายกิจกรรมความร่วมมือด้าน Cyber security รวมทั้งส่งเสริม Japan-ASEAN Security Partnership (JASPER) และความร่วมมือในการสร้างความตระหนักรู้เรื่อง Critical Information Infrastructure Protection",
          quoteEn:
            "2) Expanding cooperation on cybersecurity, including promoting the Japan-ASEAN Security Partnership (JASPER) and cooperation on awareness of Critical Information Infrastructure Protection",
        },
      ],
    },
    {
      key: "postal",
      cite: [{ source: "de-postal-moc-draft", quote: "3) ความร่วมมือด้านไปรษณีย์ รวมทั้งความร่วมมือสาขาอื่น ๆ ด้าน ICT", quoteEn: "3) Postal cooperation, together with cooperation in other ICT fields" }],
    },
    {
      key: "other-ict",
      cite: [{ source: "de-postal-moc-draft", quote: "3) ความร่วมมือด้านไปรษณีย์ รวมทั้งความร่วมมือสาขาอื่น ๆ ด้าน ICT", quoteEn: "3) Postal cooperation, together with cooperation in other ICT fields" }],
    },
  ],
  events: [
    {
      type: "SUMMIT",
      date: "2015-02-09",
      precision: "DAY",
      descriptionTh: "การประชุม Thailand–Japan Summit ที่กรุงโตเกียว นายกรัฐมนตรีทั้งสองประเทศหยิบยกความร่วมมือด้านไอซีที โดยเฉพาะความมั่นคงปลอดภัยทางไซเบอร์และการจัดการภัยพิบัติ",
      descriptionEn: "Thailand–Japan Summit in Tokyo: the two Prime Ministers raise ICT cooperation, especially cybersecurity and disaster management.",
      cite: [summit2015FromJs],
    },
    {
      type: "BILATERAL_MEETING",
      date: "2015-04-30",
      precision: "DAY",
      descriptionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นเข้าเยี่ยมคารวะและหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงไอซีที ณ ตึกสันติไมตรี ทำเนียบรัฐบาล",
      descriptionEn: "Japan's Minister for Internal Affairs and Communications pays a courtesy call on and holds bilateral talks with Thailand's ICT Minister at Santi Maitri Building, Government House.",
      cite: [jsMeeting],
    },
    {
      type: "SIGNING",
      date: "2015-04-30",
      precision: "DAY",
      descriptionTh: "ลงนามแถลงการณ์ร่วมหลังการหารือทวิภาคี",
      descriptionEn: "The Joint Statement is signed after the bilateral talks.",
      cite: [jsSigned, jsSignedAfterMeeting],
    },
  ],
  relations: [],
};

// The curated record "moc-ict-digital-2022", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { cabinet2017, kanekoYoshida, depaExchange, exchange2022 } from "../passages";

const mdes2022Signed: Cite = {
  source: "thaigov-57695",
  quote:
    "กระทรวงดิจิทัลฯ ร่วมลงนามในบันทึกความร่วมมือ (MOC) ระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือในสาขา เทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  quoteEn:
    "The Ministry of Digital Economy and Society signed the Memorandum of Cooperation (MoC) between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on cooperation in information technology, communications and digital.",
};

const mdes2022Scope: Cite = {
  source: "thaigov-57695",
  quote: "มีขอบเขตการดำเนินงานของร่างบันทึกความร่วมมือฯ ได้แก่",
  quoteEn: "The scope of work of the draft MoC covers:",
};

export const mocIctDigital2022: SeedAgreement = {
  slug: "moc-ict-digital-2022",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh:
    "บันทึกความร่วมมือระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือในสาขาเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  titleEn:
    "Memorandum of Cooperation between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in the Fields of Information Technology, Communications and Digital",
  summaryTh:
    "บันทึกความร่วมมือเพื่อส่งเสริมความร่วมมือและการแลกเปลี่ยนด้านไอซีทีและดิจิทัลบนหลักความเท่าเทียม การต่างตอบแทน และผลประโยชน์ร่วมกัน ครอบคลุมการใช้ไอซีทีและข้อมูลเพื่อตรวจอากาศและลดความเสี่ยงจากภัยพิบัติ การแบ่งปันความรู้และนวัตกรรม การพัฒนาบุคลากรรวมถึงภายใต้ศูนย์อาเซียน–ญี่ปุ่นด้านความมั่นคงปลอดภัยไซเบอร์ กิจการไปรษณีย์ 5G ที่เปิดกว้างและปลอดภัย และการลงทุนของบริษัทไอซีทีญี่ปุ่นในไทย ฝ่ายญี่ปุ่นลงนามโดยรัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร",
  summaryEn:
    "An MoC to promote cooperation and exchange in ICT and digital on the principles of equality, reciprocity and mutual benefit. It covers ICT and data for weather observation and disaster risk reduction, sharing knowledge and innovation, human resource development including under the ASEAN–Japan cybersecurity centre, postal services, open and secure 5G, and investment in Thailand by Japanese ICT companies. Japan's Minister for Internal Affairs and Communications signed for the Japanese side.",
  cite: {
    title: [mdes2022Signed],
    kind: [mdes2022Signed],
    summary: [
      {
        source: "thaigov-57695",
        quote:
          "มีวัตถุประสงค์เพื่อส่งเสริมความร่วมมือ และการแลกเปลี่ยนในสาขาเทคโนโลยีสารสนเทศ การสื่อสาร และ ดิจิทัล บนหลักการของความเท่าเทียม การต่างตอบแทน การเคารพซึ่งกันและกัน และผลประโยชน์ร่วมกันระหว่างผู้เข้าร่วมทั้งสองฝ่าย",
        quoteEn:
          "…aims to promote cooperation and exchange in information technology, communications and digital on the principles of equality, reciprocity, mutual respect and mutual benefit between the two participants.",
      },
      kanekoYoshida,
    ],
  },
  parties: [
    { organization: "mdes", cite: [mdes2022Signed] },
    { organization: "mic", cite: [mdes2022Signed] },
  ],
  signatories: [
    {
      organization: "mdes",
      role: "SIGNATORY",
      cite: [
        {
          ...mdes2022Signed,
          noteTh: "ข่าวระบุว่ากระทรวงดิจิทัลฯ ร่วมลงนาม แต่ไม่ได้ระบุชื่อหรือตำแหน่งของผู้ลงนามฝ่ายไทย",
          noteEn: "The item says the Ministry signed but does not name the Thai signer or their position.",
        },
      ],
    },
    {
      person: "yasushi-kaneko",
      positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [kanekoYoshida],
    },
    {
      person: "hiroshi-yoshida",
      positionTh: "รัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "State Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "EXCHANGE_REPRESENTATIVE",
      cite: [kanekoYoshida],
    },
  ],
  scopeAreas: [
    {
      key: "disaster-risk-reduction",
      cite: [
        {
          ...mdes2022Scope,
          quote: "การส่งเสริมการใช้เทคโนโลยีสารสนเทศและการสื่อสาร และข้อมูลที่เกี่ยวข้องในด้านการตรวจสภาพอากาศและการลดความเสี่ยงจากภัยพิบัติ",
          quoteEn: "promoting the use of ICT and related data for weather observation and disaster risk reduction",
        },
      ],
    },
    {
      key: "knowledge-sharing",
      cite: [{ ...mdes2022Scope, quote: "การแบ่งปันความรู้ นวัตกรรม การบริการและแอพพลิเคชั่น", quoteEn: "sharing knowledge, innovation, services and applications" }],
    },
    {
      key: "human-resource-development",
      cite: [
        {
          ...mdes2022Scope,
          quote: "การพัฒนาบุคลากรในสาขาเทคโนโลยีสารสนเทศ การสื่อสารและดิจิทัล",
          quoteEn: "human resource development in information technology, communications and digital",
        },
      ],
    },
    {
      key: "cybersecurity",
      cite: [
        {
          ...mdes2022Scope,
          quote: "รวมถึงความร่วมมือภายใต้ศูนย์อาเซียน - ญี่ปุ่น เพื่อพัฒนาบุคลากรด้านความมั่นคงปลอดภัยไซเบอร์",
          quoteEn: "including cooperation under the ASEAN–Japan centre for developing cybersecurity personnel",
        },
      ],
    },
    {
      key: "postal",
      cite: [{ ...mdes2022Scope, quote: "นอกจากนี้ยังครอบคลุมประเด็นความร่วมมือด้านกิจการไปรษณีย์", quoteEn: "It also covers cooperation on postal affairs" }],
    },
    { key: "open-secure-5g", cite: [{ ...mdes2022Scope, quote: "การใช้งาน 5G แบบเปิดกว้างและปลอดภัย", quoteEn: "open and secure use of 5G" }] },
    {
      key: "ict-investment",
      cite: [
        {
          ...mdes2022Scope,
          quote: "การส่งเสริมการลงทุนในประเทศไทยของบริษัทด้านไอซีทีของญี่ปุ่น",
          quoteEn: "promoting investment in Thailand by Japanese ICT companies",
        },
      ],
    },
  ],
  events: [
    {
      type: "EXCHANGE",
      date: "2022-01-01",
      precision: "YEAR",
      descriptionTh:
        "แลกเปลี่ยนบันทึกความร่วมมือ โดยรัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นเป็นผู้แทนฝ่ายญี่ปุ่น ในโอกาสเดียวกับการแลกเปลี่ยนบันทึกความร่วมมือของสำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
      descriptionEn:
        "The MoC is exchanged, with Japan's State Minister for Internal Affairs and Communications representing the Japanese side, on the same occasion as the exchange of the Digital Economy Promotion Agency's MoC.",
      cite: [exchange2022, kanekoYoshida],
    },
  ],
  relations: [
    {
      to: "moc-ict-digital-2017",
      type: "RELATED",
      noteTh: "ฉบับนี้ครอบคลุมสาขาเดียวกันกับบันทึกความร่วมมือปี 2560 แต่แหล่งข้อมูลไม่ได้ระบุว่าเป็นฉบับที่มาแทนหรือต่ออายุ",
      noteEn: "It covers the same field as the 2017 MoC, but the sources do not say whether it replaces or renews it.",
      cite: [mdes2022Signed, cabinet2017],
    },
    {
      to: "depa-mic-moc-digital-innovation-2022",
      type: "RELATED",
      noteTh: "แลกเปลี่ยนในโอกาสเดียวกัน",
      noteEn: "Exchanged on the same occasion.",
      cite: [exchange2022, depaExchange],
    },
  ],
};

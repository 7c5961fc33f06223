// The curated record "moc-ict-digital-2022", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { kanekoYoshida, depaExchange, exchange2022, mic2022Signed, mic2022Title, mic2022Review, mic2017Signed, mic2022Postal2021, kaohoon2022, kaohoonSigningAhead } from "../passages";

const principles2022: Cite = {
  source: "thaigov-57695",
  quote:
    "มีวัตถุประสงค์เพื่อส่งเสริมความร่วมมือ และการแลกเปลี่ยนในสาขาเทคโนโลยีสารสนเทศ การสื่อสาร และ ดิจิทัล บนหลักการของความเท่าเทียม การต่างตอบแทน การเคารพซึ่งกันและกัน และผลประโยชน์ร่วมกันระหว่างผู้เข้าร่วมทั้งสองฝ่าย",
  quoteEn:
    "…aims to promote cooperation and exchange in information technology, communications and digital on the principles of equality, reciprocity, mutual respect and mutual benefit between the two participants.",
};

// Chaiwut announced the signing; the Thai item does not say who signed for Thailand.
const chaiwutAnnounced: Cite = {
  source: "thaigov-57695",
  quote: "นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) เปิดเผยว่า กระทรวงดิจิทัลฯ ร่วมลงนามในบันทึกความร่วมมือ (MOC)",
  quoteEn: "Mr Chaiwut Thanakamanusorn, Minister of Digital Economy and Society (MDES), said that the Ministry signed the Memorandum of Cooperation (MoC)…",
  noteTh: "ข่าวของไทยระบุว่ารัฐมนตรีชัยวุฒิเป็นผู้เปิดเผยการลงนาม แต่ไม่ได้ระบุว่าใครลงนามฝ่ายไทย ข่าวประชาสัมพันธ์ของฝ่ายญี่ปุ่นระบุว่ารัฐมนตรีชัยวุฒิเป็นผู้ลงนาม",
  noteEn: "The Thai item names Minister Chaiwut as announcing the signing but does not say who signed for Thailand; the Japanese side's release names Minister Chaiwut as the signer.",
};

// The Thai item calls Yoshida a State Minister; MIC's own release gives his office as 総務審議官.
const yoshidaStateMinister: Cite = {
  ...kanekoYoshida,
  contradicts: true,
  noteTh:
    "ข่าวของไทยเรียกนายโยชิดะว่า “รัฐมนตรีช่วยว่าการ” (State Minister) แต่ข่าวประชาสัมพันธ์ของกระทรวงกิจการภายในฯ เองระบุตำแหน่งว่า 総務審議官 ซึ่งกระทรวงเรียกเป็นภาษาอังกฤษว่า Vice-Minister for Policy Coordination เป็นข้าราชการระดับสูง ไม่ใช่ตำแหน่งทางการเมือง ทะเบียนนี้ยึดตำแหน่งตามเอกสารของกระทรวงที่เป็นคู่ภาคี",
  noteEn:
    "The Thai item calls Mr Yoshida a State Minister (รัฐมนตรีช่วยว่าการ); MIC's own release gives his office as 総務審議官, which MIC calls Vice-Minister for Policy Coordination in English: a senior civil servant, not a political office. The registry follows the party's own record.",
};

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

// MIC's own list of the fields (third reading, issue 30).
const micField2022DisasterData: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "気象観測及び減災における情報通信技術及び関連データの使用",
  quoteEn: "the use of ICT and related data in weather observation and disaster reduction",
  quoteTh: "การใช้เทคโนโลยีสารสนเทศและการสื่อสารและข้อมูลที่เกี่ยวข้องในการตรวจอากาศและการลดภัยพิบัติ",
};
const micField2022Knowledge: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "情報通信デジタル技術における革新的な技術やサービス等の知見共有",
  quoteEn: "sharing knowledge of innovative technologies, services and the like in information, communications and digital technology",
  quoteTh: "การแบ่งปันความรู้เกี่ยวกับเทคโนโลยีและบริการที่เป็นนวัตกรรมด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
};
const micField2022People: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "サイバーセキュリティ分野を含む、情報通信デジタル技術分野における人材育成",
  quoteEn: "human resource development in information, communications and digital technology, including cybersecurity",
  quoteTh: "การพัฒนาบุคลากรด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล รวมถึงด้านความมั่นคงปลอดภัยไซเบอร์",
};

export const mocIctDigital2022: SeedAgreement = {
  slug: "moc-ict-digital-2022",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh:
    "บันทึกความร่วมมือระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือในสาขาเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  titleEn:
    "Memorandum of Cooperation between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in the Fields of Information Technology, Communications and Digital",
  titleJa: "総務省とデジタル経済社会省との間の情報通信デジタル技術分野の協力に関する覚書",
  summaryTh:
    "บันทึกความร่วมมือเพื่อส่งเสริมความร่วมมือและการแลกเปลี่ยนด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล บนหลักความเท่าเทียม การต่างตอบแทน การเคารพซึ่งกันและกัน และผลประโยชน์ร่วมกัน ลงนามเมื่อวันที่ 5 สิงหาคม 2565 โดยรัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นและรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และแลกเปลี่ยนกันที่กรุงเทพฯ ครอบคลุมการใช้ไอซีทีและข้อมูลเพื่อตรวจอากาศและลดความเสี่ยงจากภัยพิบัติ การแบ่งปันความรู้และนวัตกรรม การพัฒนาบุคลากรรวมถึงภายใต้ศูนย์อาเซียน–ญี่ปุ่นด้านความมั่นคงปลอดภัยไซเบอร์ กิจการไปรษณีย์ 5G ที่เปิดกว้างและปลอดภัย และการลงทุนของบริษัทไอซีทีญี่ปุ่นในไทย ฝ่ายญี่ปุ่นระบุว่าเป็นผลจากการทบทวนบันทึกความร่วมมือปี 2560",
  summaryEn:
    "An MoC to promote cooperation and exchange in information technology, communications and digital on the principles of equality, reciprocity, mutual respect and mutual benefit, signed on 5 August 2022 by Japan's Minister for Internal Affairs and Communications and Thailand's Minister of Digital Economy and Society and exchanged in Bangkok. It covers ICT and data for weather observation and disaster risk reduction, sharing knowledge and innovation, human resource development including under the ASEAN–Japan cybersecurity centre, postal services, open and secure 5G, and investment in Thailand by Japanese ICT companies. The Japanese side presents it as the outcome of a review of the 2017 MoC.",
  cite: {
    title: [mdes2022Signed, mic2022Title],
    kind: [mdes2022Signed],
    summary: [principles2022, mic2022Signed, mdes2022Scope, mic2022Review],
  },
  // Third reading (issue 30): the Cabinet's approval, as a 2022 item reports it.
  cabinetApproval: { date: "2022-08-05", precision: "DAY", bound: "ON_OR_BEFORE", cite: [kaohoon2022, kaohoonSigningAhead] },
  signed: { date: "2022-08-05", precision: "DAY", cite: [mic2022Signed] },
  parties: [
    { organization: "mdes", cite: [mdes2022Signed] },
    { organization: "mic", cite: [mdes2022Signed] },
  ],
  signatories: [
    {
      person: "chaiwut-thanakamanusorn",
      positionTh: "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Minister of Digital Economy and Society",
      organization: "mdes",
      role: "SIGNATORY",
      cite: [mic2022Signed, chaiwutAnnounced],
    },
    {
      person: "yasushi-kaneko",
      positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [kanekoYoshida, mic2022Signed],
    },
    {
      person: "chaiwut-thanakamanusorn",
      positionTh: "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Minister of Digital Economy and Society",
      organization: "mdes",
      role: "EXCHANGE_REPRESENTATIVE",
      cite: [mic2022Signed],
    },
    {
      person: "hiroshi-yoshida",
      positionTh: "Vice-Minister for Policy Coordination (総務審議官) กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "EXCHANGE_REPRESENTATIVE",
      cite: [mic2022Signed, yoshidaStateMinister],
    },
  ],
  scopeAreas: [
    {
      key: "disaster-risk-reduction",
      cite: [micField2022DisasterData, 
        {
          ...mdes2022Scope,
          quote: "การส่งเสริมการใช้เทคโนโลยีสารสนเทศและการสื่อสาร และข้อมูลที่เกี่ยวข้องในด้านการตรวจสภาพอากาศและการลดความเสี่ยงจากภัยพิบัติ",
          quoteEn: "promoting the use of ICT and related data for weather observation and disaster risk reduction",
        },
      ],
    },
    {
      key: "knowledge-sharing",
      cite: [micField2022Knowledge, { ...mdes2022Scope, quote: "การแบ่งปันความรู้ นวัตกรรม การบริการและแอพพลิเคชั่น", quoteEn: "sharing knowledge, innovation, services and applications" }],
    },
    {
      key: "human-resource-development",
      cite: [micField2022People, 
        {
          ...mdes2022Scope,
          quote: "การพัฒนาบุคลากรในสาขาเทคโนโลยีสารสนเทศ การสื่อสารและดิจิทัล",
          quoteEn: "human resource development in information technology, communications and digital",
        },
      ],
    },
    {
      key: "cybersecurity",
      cite: [micField2022People, 
        {
          ...mdes2022Scope,
          quote: "รวมถึงความร่วมมือภายใต้ศูนย์อาเซียน - ญี่ปุ่น เพื่อพัฒนาบุคลากรด้านความมั่นคงปลอดภัยไซเบอร์",
          quoteEn: "including cooperation under the ASEAN–Japan centre for developing cybersecurity personnel",
        },
      ],
    },
    {
      key: "postal",
      cite: [mic2022Postal2021, { ...mdes2022Scope, quote: "นอกจากนี้ยังครอบคลุมประเด็นความร่วมมือด้านกิจการไปรษณีย์", quoteEn: "It also covers cooperation on postal affairs" }],
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
      type: "SIGNING",
      date: "2022-08-05",
      precision: "DAY",
      descriptionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น ยาซูชิ คาเนโกะ และรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ชัยวุฒิ ธนาคมานุสรณ์ ลงนามบันทึกความร่วมมือ",
      descriptionEn: "Japan's Minister for Internal Affairs and Communications Yasushi Kaneko and Thailand's Minister of Digital Economy and Society Chaiwut Thanakamanusorn sign the MoC.",
      cite: [mic2022Signed, chaiwutAnnounced],
    },
    {
      type: "EXCHANGE",
      date: "2022-08-05",
      precision: "DAY",
      descriptionTh:
        "แลกเปลี่ยนบันทึกความร่วมมือที่กรุงเทพฯ ระหว่าง Vice-Minister for Policy Coordination ของกระทรวงกิจการภายในฯ ฮิโรชิ โยชิดะ กับรัฐมนตรีชัยวุฒิ ในโอกาสเดียวกับการแลกเปลี่ยนบันทึกความร่วมมือของสำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
      descriptionEn:
        "The MoC is exchanged in Bangkok between MIC's Vice-Minister for Policy Coordination Hiroshi Yoshida and Minister Chaiwut, on the same occasion as the exchange of the Digital Economy Promotion Agency's MoC.",
      cite: [mic2022Signed, exchange2022, kanekoYoshida],
    },
  ],
  relations: [
    {
      // Third reading (issue 30): the second reading's note said no source
      // states the replacement; a Thai business-news item does.
      to: "moc-ict-digital-2017",
      type: "SUPERSEDES",
      noteTh: "ข่าวเรื่องมติคณะรัฐมนตรีระบุว่าฉบับนี้จะมาแทนฉบับที่ลงนามเมื่อปี 2560 ซึ่งสิ้นสุดอายุการบังคับเมื่อวันที่ 7 มิถุนายน 2565 ฝ่ายญี่ปุ่นระบุว่าได้ทบทวนฉบับปี 2560 เพื่อให้สอดรับกับสภาพแวดล้อมที่เปลี่ยนไปก่อนลงนามฉบับนี้",
      noteEn: "The item on the Cabinet's approval says this MoC is to replace the one signed in 2017, whose force ended on 7 June 2022; the Japanese side says the 2017 MoC was reviewed to reflect a changed environment before this one was signed.",
      cite: [kaohoon2022, mic2022Review, mic2017Signed],
    },
    {
      to: "depa-mic-moc-digital-innovation-2022",
      type: "RELATED",
      noteTh: "แลกเปลี่ยนในโอกาสเดียวกัน",
      noteEn: "Exchanged on the same occasion.",
      cite: [exchange2022, depaExchange],
    },
    {
      to: "moc-postal-2021",
      type: "RELATED",
      noteTh: "ข่าวประชาสัมพันธ์ของฝ่ายญี่ปุ่นระบุบันทึกความร่วมมือด้านไปรษณีย์ที่ลงนามเมื่อวันที่ 11 สิงหาคม 2564 ไว้ในสาขาความร่วมมือของฉบับนี้",
      noteEn: "The Japanese side's release lists the postal MoC signed on 11 August 2021 among the fields of cooperation of this one.",
      cite: [mic2022Postal2021],
    },
  ],
};

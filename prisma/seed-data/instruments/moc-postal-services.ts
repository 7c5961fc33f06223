// The curated record "moc-postal-services", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { meeting2019Date, suzukiPostal, suzukiDay, suzukiBangkok, basedOnJointStatement } from "../passages";

const postalCabinet: Cite = {
  source: "aseanthai-6523",
  quote:
    "ครม. มีมติเห็นชอบและอนุมัติให้มีการลงนามในร่างบันทึกความร่วมมือ (Memorandum of Cooperation : MoC) ด้านไปรษณีย์ระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นและกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งแห่งราชอาณาจักรไทย (Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand)",
  quoteEn:
    "The Cabinet approved and authorised the signing of the draft Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand.",
  noteTh: "ข่าวลงวันที่ 10 พฤศจิกายน 2559 โดยไม่ระบุวันประชุมคณะรัฐมนตรี การอนุมัติจึงเกิดขึ้นไม่เกินวันนั้น",
  noteEn: "The item is dated 10 November 2016 and does not give the day of the Cabinet meeting: the approval came on or before that day.",
};

const postalItems34: Cite[] = [
  {
    source: "de-postal-moc-draft",
    quote:
      "3. ส่งเสริมความร่วมมือระหว่างหน่วยงานเอกชน/รัฐของญี่ปุ่น (Japanese private/public agencies) และบริษัทไปรษณีย์ไทย จำกัด เพื่อพัฒนาการบริการและการดำเนินงานของบริษัทไปรษณีย์ไทย จำกัด โดยกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น และองค์การส่งเสริมการค้าต่างประเทศของญี่ปุ่น (Japan External Trade Organization: JETRO) จะเป็นผู้ให้การสนับสนุน",
    quoteEn:
      "3. Promoting cooperation between Japanese private and public agencies and Thailand Post Co., Ltd. to develop Thailand Post's services and operations, supported by Japan's Ministry of Internal Affairs and Communications and the Japan External Trade Organization (JETRO)",
  },
  { source: "de-postal-moc-draft", quote: "4. สนับสนุนให้มีการดำเนินงานตามข้อเสนอเกี่ยวกับโครงการความร่วมมือต่างๆ", quoteEn: "4. Supporting the implementation of proposals for cooperation projects" },
];

const postalSigners: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "ร่าง MoC จะลงนามโดยปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และ Vice-Minister for Policy Coordination กระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น",
  quoteEn:
    "The draft MoC is to be signed by the Permanent Secretary of the Ministry of Digital Economy and Society and the Vice-Minister for Policy Coordination of Japan's Ministry of Internal Affairs and Communications.",
  noteTh: "แหล่งข้อมูลเขียนก่อนการลงนาม จึงระบุเพียงตำแหน่งของผู้ที่จะลงนาม ข่าวภายหลังรายงานว่าฝ่ายญี่ปุ่นทำบันทึกโดย Vice-Minister for Policy Coordination ชิเงกิ ซูซูกิ และข่าวภาษาอังกฤษของ GovInsider ระบุว่าลงนามร่วมกับปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
  noteEn: "The source was written before the signing and names only the positions that were to sign; later items report that MIC's Vice-Minister for Policy Coordination Shigeki Suzuki concluded it, and GovInsider's English item says he signed it with the Permanent Secretary of the Ministry of Digital Economy and Society.",
};

// The Thai signer (third reading, issue 30): the second reading said no
// source names one; GovInsider's English item does.
const govinsiderSigners: Cite = {
  source: "govinsider-thailand-japan",
  quote:
    "A memorandum of understand was signed last week between the ministry’s permanent secretary, Wilailuk Chuliwattanakul, and Shigeki Suzuki, Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan.",
  // The quote is English: no rendering of it into English.
  quoteEn: "",
  quoteTh:
    "บันทึกความเข้าใจได้ลงนามเมื่อสัปดาห์ที่แล้วระหว่างปลัดกระทรวง Wilailuk Chuliwattanakul กับชิเงกิ ซูซูกิ Vice-Minister for Policy Coordination กระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น",
  noteTh:
    "ข่าวนี้อ้าง Japan Times เรียกเอกสารว่าบันทึกความเข้าใจ และระบุชื่อปลัดกระทรวงเป็นภาษาอังกฤษเท่านั้น ไม่มีแหล่งข้อมูลที่จัดเก็บไว้ฉบับใดเขียนชื่อเป็นภาษาไทย ทะเบียนนี้จึงบันทึกตำแหน่ง และให้ชื่อตามที่ข่าวเขียนไว้ในหมายเหตุนี้",
  noteEn:
    "The item, citing the Japan Times, calls it a memorandum of understanding and gives the Permanent Secretary's name in English only; no stored source writes it in Thai script, so the registry records the position and gives the name, as the item writes it, in this note.",
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
  titleTh: "บันทึกความร่วมมือด้านไปรษณีย์ระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นและกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย",
  titleEn: "Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand",
  summaryTh:
    "บันทึกความร่วมมือด้านไปรษณีย์ที่จัดทำขึ้นภายใต้แถลงการณ์ร่วมปี 2558 ครอบคลุมการแลกเปลี่ยนนโยบายไปรษณีย์ ความร่วมมือระหว่างการไปรษณีย์ญี่ปุ่นกับบริษัท ไปรษณีย์ไทย จำกัด ความร่วมมือระหว่างหน่วยงานญี่ปุ่นกับบริษัท ไปรษณีย์ไทย จำกัด โดยมีกระทรวงกิจการภายในฯ และ JETRO สนับสนุน และการดำเนินโครงการความร่วมมือ คณะรัฐมนตรีอนุมัติร่างไม่เกินวันที่ 10 พฤศจิกายน 2559 ข่าวจากญี่ปุ่นรายงานว่า Vice-Minister for Policy Coordination ของกระทรวงกิจการภายในฯ ทำบันทึกนี้ที่กรุงเทพฯ เมื่อวันที่ 14 พฤศจิกายน 2559 มีระยะเวลา 3 ปี และหมดอายุในเดือนพฤศจิกายน 2562",
  summaryEn:
    "A postal cooperation MoC prepared under the 2015 Joint Statement, covering postal policy exchange, cooperation between Japan Post and Thailand Post, cooperation between Japanese agencies and Thailand Post supported by MIC and JETRO, and cooperation projects. The Cabinet approved the draft on or before 10 November 2016; Japanese news items report that MIC's Vice-Minister for Policy Coordination concluded it in Bangkok on 14 November 2016. It ran for three years and expired in November 2019.",
  cite: {
    title: [
      postalCabinet,
      {
        ...postalExpired,
        noteTh: "ชื่อเต็มนำมาจากร่างที่คณะรัฐมนตรีอนุมัติ ข่าวปี 2562 เรียกว่าบันทึกความร่วมมือด้านกิจการไปรษณีย์",
        noteEn: "The full title is the draft's as the Cabinet approved it; the 2019 item calls it the MoC on postal affairs.",
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
      postalCabinet,
      suzukiPostal,
      suzukiBangkok,
      postalDraftTerm,
      postalExpired,
      ...postalItems34,
    ],
  },
  cabinetApproval: { date: "2016-11-10", precision: "DAY", bound: "ON_OR_BEFORE", cite: [postalCabinet] },
  signed: { date: "2016-11-14", precision: "DAY", cite: [suzukiDay, suzukiPostal, suzukiBangkok] },
  expires: { date: "2019-11-01", precision: "MONTH", cite: [postalExpired] },
  termMonths: { value: 36, cite: [postalDraftTerm] },
  terminationNoticeMonths: { value: 6, cite: [postalDraftTerm] },
  parties: [
    { organization: "mdes", cite: [postalSigners] },
    { organization: "mic", cite: [postalSigners] },
  ],
  signatories: [
    {
      person: "shigeki-suzuki",
      positionTh: "Vice-Minister for Policy Coordination (総務審議官) กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [
        {
          ...suzukiPostal,
          noteTh: "ข่าวระบุว่านายซูซูกิ “ทำบันทึกความร่วมมือ” (覚書を締結) หลังหารือกับรองนายกรัฐมนตรีฯ ไม่ได้ระบุว่าใครลงนามฝ่ายไทย ชื่อเต็ม 鈴木茂樹 มาจากข่าวหนังสือพิมพ์เรื่องการเยือนครั้งเดียวกัน",
          noteEn: "The item says Mr Suzuki concluded the memorandum (覚書を締結) after meeting the Deputy Prime Minister; it does not say who signed for Thailand. His full name, 鈴木茂樹, is from the trade-paper item on the same visit.",
        },
        suzukiBangkok,
      ],
    },
    {
      positionTh: "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Permanent Secretary, Ministry of Digital Economy and Society",
      organization: "mdes",
      role: "SIGNATORY",
      planned: true,
      cite: [postalSigners],
    },
    {
      // 総務審議官: a senior civil servant, not a political office (third reading: it read รองรัฐมนตรี).
      positionTh: "Vice-Minister for Policy Coordination (総務審議官) กระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Vice-Minister for Policy Coordination",
      organization: "mic",
      role: "SIGNATORY",
      planned: true,
      cite: [postalSigners],
    },
    {
      positionTh: "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Permanent Secretary, Ministry of Digital Economy and Society",
      organization: "mdes",
      role: "SIGNATORY",
      cite: [govinsiderSigners],
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
        ...postalItems34,
      ],
    },
  ],
  events: [
    {
      type: "CABINET_APPROVAL",
      date: "2016-11-10",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh: "คณะรัฐมนตรีมีมติเห็นชอบและอนุมัติให้ลงนามในร่างบันทึกความร่วมมือ",
      descriptionEn: "The Cabinet approves the draft MoC and authorises its signing.",
      cite: [postalCabinet],
    },
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
      type: "SIGNING",
      date: "2016-11-14",
      precision: "DAY",
      descriptionTh:
        "Vice-Minister for Policy Coordination ของกระทรวงกิจการภายในฯ ชิเงกิ ซูซูกิ หารือกับรองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (แหล่งข้อมูลเขียนชื่อว่า プラジン) ที่กรุงเทพฯ และทำบันทึกความร่วมมือ ในการเยือนเดียวกับที่ลงนามบันทึกความร่วมมือกับ กสทช.",
      descriptionEn:
        "MIC's Vice-Minister for Policy Coordination Shigeki Suzuki meets the Deputy Prime Minister and Minister of Digital Economy and Society (named プラジン, Prajin, in the source) in Bangkok and concludes the MoC, on the same visit as the signing of MIC's MoC with NBTC.",
      cite: [suzukiDay, suzukiPostal, suzukiBangkok],
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
      descriptionTh: "หารือทวิภาคีที่รัฐสภา ข่าวรัฐบาลไทยที่รายงานการหารือระบุว่ากำลังเตรียมจัดทำบันทึกความร่วมมือด้านไปรษณีย์ฉบับใหม่แทนฉบับที่หมดอายุ",
      descriptionEn: "Bilateral talks at Parliament House; the Thai government news item reporting them states that a new postal MoC is being prepared to replace the expired one.",
      cite: [meeting2019, meeting2019Date, postalExpired],
    },
  ],
  relations: [
    {
      to: "joint-statement-ict-2015",
      type: "IMPLEMENTS",
      cite: [
        basedOnJointStatement,
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

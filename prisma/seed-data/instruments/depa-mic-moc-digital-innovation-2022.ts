// The curated record "depa-mic-moc-digital-innovation-2022", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { depaExchange, exchange2022 } from "../passages";

const depaScope: Cite = {
  source: "thaigov-57695",
  quote:
    "โดยมีกรอบความร่วมมือได้แก่ การส่งเสริมความร่วมมือระหว่างผู้มีส่วนได้เสียที่เกี่ยวข้อง อาทิ มหาวิทยาลัย บริษัทเอกชน และชุมชน และการร่วมดำเนินโครงการ/กิจกรรมที่เกี่ยวข้องเพื่อกระชับความร่วมมือระหว่างกัน และการแลกเปลี่ยนประสบการณ์และองค์ความรู้",
  quoteEn:
    "Its framework of cooperation covers promoting cooperation among stakeholders such as universities, private companies and communities; jointly carrying out related projects and activities to strengthen cooperation; and exchanging experience and knowledge.",
};

export const depaMicMoc2022: SeedAgreement = {
  slug: "depa-mic-moc-digital-innovation-2022",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh:
    "บันทึกความร่วมมือระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัลแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีและนวัตกรรมดิจิทัลเพื่อการเปลี่ยนแปลง",
  titleEn:
    "Memorandum of Cooperation between the Digital Economy Promotion Agency of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in Digital Technology and Innovation for Transformation",
  summaryTh:
    "บันทึกความร่วมมือเพื่อส่งเสริมความร่วมมือและแลกเปลี่ยนประสบการณ์ในการรักษาและพัฒนาระบบนิเวศนวัตกรรมเพื่อการเปลี่ยนแปลง ผ่านความร่วมมือกับมหาวิทยาลัย ภาคเอกชน และชุมชน การดำเนินโครงการและกิจกรรมร่วมกัน และการแลกเปลี่ยนองค์ความรู้ แลกเปลี่ยนในโอกาสเดียวกับบันทึกความร่วมมือของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมในปี 2565",
  summaryEn:
    "An MoC to promote cooperation and share experience in sustaining and developing an innovation ecosystem for transformation, through collaboration with universities, companies and communities, joint projects and activities, and exchange of knowledge. It was exchanged on the same occasion as the Ministry of Digital Economy and Society's MoC in 2022.",
  cite: {
    title: [depaExchange],
    kind: [depaExchange],
    summary: [
      {
        source: "thaigov-57695",
        quote:
          "ส่วนบันทึกความร่วมมือด้านเทคโนโลยีและนวัตกรรมดิจิทัลเพื่อการเปลี่ยนแปลงมีวัตถุประสงค์เพื่อส่งเสริมความร่วมมือและแลกเปลี่ยนประสบการณ์เพื่อรักษาและพัฒนาระบบนิเวศสำหรับนวัตกรรมเพื่อการเปลี่ยนแปลงระหว่างผู้เข้าร่วมทั้งสองฝ่าย",
        quoteEn:
          "The MoC on digital technology and innovation for transformation aims to promote cooperation and share experience to sustain and develop the ecosystem for innovation for transformation between the two participants.",
      },
      depaScope,
    ],
  },
  parties: [
    { organization: "depa", cite: [depaExchange] },
    { organization: "mic", cite: [depaExchange] },
  ],
  // The item says the exchange ceremony was witnessed "on the same occasion",
  // but the sentence names no witness: none is recorded (README, curation notes).
  signatories: [],
  scopeAreas: [
    {
      key: "innovation-ecosystem",
      cite: [
        {
          source: "thaigov-57695",
          quote: "เพื่อรักษาและพัฒนาระบบนิเวศสำหรับนวัตกรรมเพื่อการเปลี่ยนแปลงระหว่างผู้เข้าร่วมทั้งสองฝ่าย",
          quoteEn: "to sustain and develop the ecosystem for innovation for transformation between the two participants",
        },
      ],
    },
    { key: "stakeholder-collaboration", cite: [depaScope] },
    { key: "joint-projects", cite: [depaScope] },
    { key: "experience-knowledge-exchange", cite: [depaScope] },
  ],
  events: [
    {
      type: "EXCHANGE",
      date: "2022-08-05",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh: "พิธีแลกเปลี่ยนบันทึกความร่วมมือ ในโอกาสเดียวกับการแลกเปลี่ยนบันทึกความร่วมมือของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ข่าวระบุว่ามีผู้ร่วมเป็นสักขีพยาน แต่ไม่ได้ระบุว่าเป็นใคร",
      descriptionEn: "Exchange ceremony for the MoC, on the same occasion as the exchange of the Ministry of Digital Economy and Society's MoC. The item says the ceremony was witnessed but does not say by whom.",
      cite: [
        exchange2022,
        {
          ...depaExchange,
          noteTh: "ประโยคนี้กล่าวว่า “ในโอกาสเดียวกัน ได้เข้าร่วมเป็นสักขีพยาน” โดยไม่ระบุว่าใครเป็นสักขีพยาน กระทรวงกิจการภายในฯ เป็นคู่ภาคีของบันทึกฉบับนี้ ทะเบียนนี้จึงไม่บันทึกเจ้าหน้าที่ของกระทรวงเป็นพยาน",
          noteEn: "The sentence says that “on the same occasion” someone witnessed the exchange ceremony, without naming who; MIC is a party to this MoC, so the registry does not record an MIC official as its witness.",
        },
      ],
    },
  ],
  relations: [],
};

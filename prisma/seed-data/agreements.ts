// The first five records, curated from prisma/seed-sources/. Rules kept here:
// - every value is backed by at least one `cite` quoting its source verbatim
//   (tests/integration/seed.test.ts checks the quotes against the files);
// - what no source states is left out and stays NULL;
// - English texts are the registry's translations of the Thai sources.

import type { OrganizationSlug, PersonSlug, ScopeAreaKey } from "./reference";
import type { SourceKey } from "./sources";

export interface Cite {
  source: SourceKey;
  quote: string;
  quoteEn: string;
  noteTh?: string;
  noteEn?: string;
}

type Precision = "DAY" | "MONTH" | "YEAR";
interface DatedFact {
  date: string;
  precision: Precision;
  cite: Cite[];
}

export interface SeedAgreement {
  slug: string;
  kind: "JOINT_STATEMENT" | "MEMORANDUM_OF_COOPERATION" | "MEMORANDUM_OF_UNDERSTANDING" | "OTHER";
  titleTh: string;
  titleEn: string;
  summaryTh: string;
  summaryEn: string;
  cite: { title: Cite[]; kind: Cite[]; summary: Cite[] };
  cabinetApproval?: DatedFact;
  signed?: DatedFact;
  effective?: DatedFact;
  expires?: DatedFact;
  termMonths?: { value: number; cite: Cite[] };
  terminationNoticeMonths?: { value: number; cite: Cite[] };
  parties: Array<{ organization: OrganizationSlug; cite: Cite[] }>;
  signatories: Array<{
    person?: PersonSlug;
    positionTh?: string;
    positionEn?: string;
    organization: OrganizationSlug;
    role: "SIGNATORY" | "WITNESS" | "EXCHANGE_REPRESENTATIVE";
    planned?: boolean;
    cite: Cite[];
  }>;
  scopeAreas: Array<{ key: ScopeAreaKey; cite: Cite[] }>;
  events: Array<{
    type:
      | "SUMMIT"
      | "BILATERAL_MEETING"
      | "CABINET_APPROVAL"
      | "PLANNED_SIGNING"
      | "SIGNING"
      | "EXCHANGE"
      | "REPORTED_IN_EFFECT"
      | "EXPIRY"
      | "OTHER";
    date?: string;
    precision?: Precision;
    descriptionTh: string;
    descriptionEn: string;
    cite: Cite[];
  }>;
  relations: Array<{ to: string; type: "FOLLOWS_UP_ON" | "IMPLEMENTS" | "RENEWS" | "SUPERSEDES" | "RELATED"; noteTh?: string; noteEn?: string; cite: Cite[] }>;
}

// Passages quoted more than once.
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
const summit2015FromJs: Cite = {
  source: "ict-mic-summit-2015",
  quote:
    "การร่วมลงนามในครั้งนี้เป็นการดำเนินการที่เป็นไปตามผลการหารือระหว่างนายกรัฐมนตรีของไทยกับนายกรัฐมนตรีของญี่ปุ่น ในการประชุม Thailand – Japan Summit เมื่อวันที่ 9 กุมภาพันธ์ 2558 ณ กรุงโตเกียว ประเทศญี่ปุ่น",
  quoteEn:
    "This signing follows up on the talks between the Prime Ministers of Thailand and Japan at the Thailand–Japan Summit on 9 February 2015 in Tokyo, Japan.",
};
const summit2015From2017: Cite = {
  source: "thaigov-4283",
  quote:
    "เป็นผลสืบเนื่องจากการหารือระหว่างนายกรัฐมนตรีของไทยกับนายกรัฐมนตรีของญี่ปุ่นสมัยนั้น เมื่อวันที่ 9 กุมภาพันธ์ 2558 ในการประชุม Thailand-Japan Summit ณ กรุงโตเกียว ประเทศญี่ปุ่น",
  quoteEn:
    "…follows from the talks between the then Prime Ministers of Thailand and Japan on 9 February 2015 at the Thailand–Japan Summit in Tokyo, Japan.",
};
const jsScopeIntro: Cite = {
  source: "de-postal-moc-draft",
  quote: "โดยแถลงการณ์ร่วมดังกล่าวเน้นความร่วมมือหลักใน 3 ด้าน ได้แก่",
  quoteEn: "The Joint Statement focuses on cooperation in three main areas:",
};
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
const meeting2019: Cite = {
  source: "thaigov-25177",
  quote:
    "นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้ร่วมหารือทวิภาคีกับ นาย Terada Minoru ตำแหน่ง State Minister กระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น (MIC)",
  quoteEn:
    "Mr Buddhipongse Punnakanta, Minister of Digital Economy and Society, held bilateral talks with Mr Terada Minoru, State Minister of the Ministry of Internal Affairs and Communications of Japan (MIC)…",
};
const meeting2019Date: Cite = {
  source: "thaigov-25177",
  quote: "เมื่อวันที่ ๑๑ ธันวาคม ๒๕๖๒ เวลา ๑๖.๐๐ น. ณ ห้องประชุม ๔๑๒ ชั้น ๔ สัปปายะสภาสถาน รัฐสภา (เกียกกาย)",
  quoteEn: "on 11 December 2019 (B.E. 2562) at 16:00 in meeting room 412, 4th floor, Sappaya-Sapasathan, Parliament House (Kiakkai).",
};
const cabinet2017: Cite = {
  source: "thaigov-4283",
  quote:
    "จากการประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที่ 30 พฤษภาคมที่ผ่านมา ครม.มีมติเห็นชอบและอนุมัติให้มีการลงนามบันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  quoteEn:
    "At its meeting on 30 May, the Cabinet approved the signing of the Memorandum of Cooperation between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society on cooperation in information technology, communications and digital.",
  noteTh: "ข่าวลงวันที่ 5 มิถุนายน 2560 และกล่าวถึง “30 พฤษภาคมที่ผ่านมา” จึงเป็นวันที่ 30 พฤษภาคม 2560",
  noteEn: "The item is dated 5 June 2017 and speaks of ‘30 May just past’, i.e. 30 May 2017.",
};
const scope2017: Cite = {
  source: "thaigov-4283",
  quote: "โดยมีขอบเขตความร่วมมือในสาขาต่างๆ รวม 6 สาขา ได้แก่",
  quoteEn: "with a scope of cooperation in six fields:",
};
const mdes2022Signed: Cite = {
  source: "thaigov-57695",
  quote:
    "กระทรวงดิจิทัลฯ ร่วมลงนามในบันทึกความร่วมมือ (MOC) ระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือในสาขา เทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  quoteEn:
    "The Ministry of Digital Economy and Society signed the Memorandum of Cooperation (MoC) between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on cooperation in information technology, communications and digital.",
};
const kanekoYoshida: Cite = {
  source: "thaigov-57695",
  quote:
    "โดยมีนายยาซูชิ คาเนโกะ รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น เป็นผู้ร่วมลงนามฝ่ายญี่ปุ่น และมีนายฮิโรชิ โยชิดะ รัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสารฯ เป็นผู้แทนมาร่วมแลกเปลี่ยน MOC",
  quoteEn:
    "…with Mr Yasushi Kaneko, Minister for Internal Affairs and Communications of Japan, signing for the Japanese side, and Mr Hiroshi Yoshida, State Minister for Internal Affairs and Communications, attending as representative to exchange the MoC.",
};
const depaExchange: Cite = {
  source: "thaigov-57695",
  quote:
    "ได้เข้าร่วมเป็นสักขีพยานระหว่างพิธีแลกเปลี่ยนบันทึกความร่วมมือระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัลแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีและนวัตกรรมดิจิทัลเพื่อการเปลี่ยนแปลง",
  quoteEn:
    "…also witnessed the ceremony exchanging the Memorandum of Cooperation between the Digital Economy Promotion Agency of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on cooperation in digital technology and innovation for transformation.",
};
const exchange2022: Cite = {
  source: "thaigov-57695",
  quote: "ก.ดิจิทัล ร่วมแลกเปลี่ยน MOC ๒ ฉบับกับ ก.กิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น",
  quoteEn: "The Ministry of Digital Economy and Society exchanges two MoCs with Japan's Ministry of Internal Affairs and Communications.",
  noteTh: "ข่าวลงวันศุกร์ที่ 5 สิงหาคม 2565 โดยไม่ระบุวันลงนามหรือวันแลกเปลี่ยน ทะเบียนนี้จึงบันทึกไว้เพียงปี",
  noteEn: "The item is dated Friday 5 August 2022 and gives no day for the signing or the exchange, so only the year is recorded.",
};
const mdes2022Scope: Cite = {
  source: "thaigov-57695",
  quote: "มีขอบเขตการดำเนินงานของร่างบันทึกความร่วมมือฯ ได้แก่",
  quoteEn: "The scope of work of the draft MoC covers:",
};
const depaScope: Cite = {
  source: "thaigov-57695",
  quote:
    "โดยมีกรอบความร่วมมือได้แก่ การส่งเสริมความร่วมมือระหว่างผู้มีส่วนได้เสียที่เกี่ยวข้อง อาทิ มหาวิทยาลัย บริษัทเอกชน และชุมชน และการร่วมดำเนินโครงการ/กิจกรรมที่เกี่ยวข้องเพื่อกระชับความร่วมมือระหว่างกัน และการแลกเปลี่ยนประสบการณ์และองค์ความรู้",
  quoteEn:
    "Its framework of cooperation covers promoting cooperation among stakeholders such as universities, private companies and communities; jointly carrying out related projects and activities to strengthen cooperation; and exchanging experience and knowledge.",
};

export const agreements: SeedAgreement[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
    signatories: [
      {
        person: "hiroshi-yoshida",
        positionTh: "รัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
        positionEn: "State Minister for Internal Affairs and Communications of Japan",
        organization: "mic",
        role: "WITNESS",
        cite: [kanekoYoshida, depaExchange],
      },
    ],
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
      { key: "knowledge-sharing", cite: [depaScope] },
    ],
    events: [
      {
        type: "EXCHANGE",
        date: "2022-01-01",
        precision: "YEAR",
        descriptionTh: "พิธีแลกเปลี่ยนบันทึกความร่วมมือ โดยรัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นเป็นสักขีพยาน",
        descriptionEn: "Exchange ceremony for the MoC, witnessed by Japan's State Minister for Internal Affairs and Communications.",
        cite: [exchange2022, depaExchange],
      },
    ],
    relations: [],
  },
];

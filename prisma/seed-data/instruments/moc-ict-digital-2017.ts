// The curated record "moc-ict-digital-2017", from prisma/seed-sources/ (rules in ../agreements.ts).

import type { Cite, SeedAgreement } from "../types";
import { summit2015FromJs, meeting2019Date, cabinet2017, mic2017Signed, kaohoon2022 } from "../passages";

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

const principles2017: Cite = {
  source: "thaigov-4283",
  quote: "บนหลักการของความเท่าเทียมกัน การตอบแทนกันและกัน การเคารพซึ่งกันและกัน และผลประโยชน์ร่วมกันระหว่างผู้เข้าร่วมทั้งสองฝ่าย",
  quoteEn: "…on the principles of equality, reciprocity, mutual respect and mutual benefit between the two participants.",
};

const term2017: Cite = {
  source: "thaigov-4283",
  quote: "6) ความร่วมมือด้านอื่นๆ ที่ทั้งสองฝ่ายได้ตกลงร่วมกัน กรอบระยะเวลา 5 ปี",
  quoteEn: "6) other cooperation agreed by both sides; a time frame of 5 years.",
};

const meeting2019Topics: Cite = {
  source: "thaigov-25177",
  quote:
    "ได้แก่ ๑) ความมั่นคงปลอดภัยทางไซเบอร์ (โดยเฉพาะความร่วมมือภายใต้ ศูนย์ ASEAN – Japan Cybersecurity Capacity Building Center) ๒) ความร่วมมือด้านไปรษณีย์ ทั้งในระดับทวิภาคี ซึ่งเน้นส่งเสริมการใช้เพลตฟอร์มของไปรษณีย์ในเรื่อง Cross-border e-commerce และความร่วมมือในกรอบองค์การระหว่างประเทศ (UPU และ APT) ๓) การแลกเปลี่ยนความรู้ในด้านการพัฒนาเมืองอัจฉริยะและเทคโนโลยี 5G และ ๔) ความร่วมมือใน Digital Park และ EEC",
  quoteEn:
    "…namely (1) cybersecurity, especially cooperation under the ASEAN–Japan Cybersecurity Capacity Building Centre; (2) postal cooperation, bilaterally with a focus on using the postal platform for cross-border e-commerce, and within international organizations (UPU and APT); (3) exchange of knowledge on smart city development and 5G technology; and (4) cooperation in the Digital Park and the EEC.",
};

const meeting2019People: Cite = {
  source: "thaigov-25177",
  quote:
    "นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้ร่วมหารือทวิภาคีกับ นาย Terada Minoru ตำแหน่ง State Minister กระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น (MIC) พร้อมด้วย นางปิยนุช วุฒิสอน ผู้ตรวจราชการกระทรวงดิจิทัลฯ และนายณัฐพล นิมมานพัชรินทร์ ผู้อำนวยการสำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
  quoteEn:
    "Mr Buddhipongse Punnakanta, Minister of Digital Economy and Society, held bilateral talks with Mr Terada Minoru, State Minister of Japan's MIC, together with Mrs Piyanuch Wuttisorn, Inspector-General of the Ministry, and Mr Nuttapon Nimmanphatcharin, President of the Digital Economy Promotion Agency.",
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
  titleJa: "情報通信デジタル技術分野の協力に関する覚書",
  summaryTh:
    "บันทึกความร่วมมือบนหลักความเท่าเทียมกัน การตอบแทนกันและกัน การเคารพซึ่งกันและกัน และผลประโยชน์ร่วมกัน คณะรัฐมนตรีอนุมัติให้ลงนามเมื่อวันที่ 30 พฤษภาคม 2560 และลงนามเมื่อวันที่ 7 มิถุนายน 2560 ตามข่าวประชาสัมพันธ์ของกระทรวงกิจการภายในฯ ของญี่ปุ่น ซึ่งระบุว่าสืบเนื่องจากแถลงการณ์ร่วมปี 2558 ส่วนข่าวของรัฐบาลไทยระบุว่าเป็นผลสืบเนื่องจากการประชุม Thailand–Japan Summit ปี 2558 ครอบคลุม 6 สาขา ได้แก่ ความมั่นคงปลอดภัยทางไซเบอร์ ไอซีทีเพื่อการตรวจอากาศและลดความเสี่ยงจากภัยพิบัติ การแบ่งปันความรู้ด้านเทคโนโลยีและนวัตกรรม การพัฒนาบุคลากร กิจการไปรษณีย์ และด้านอื่นที่ทั้งสองฝ่ายตกลงกัน มีกรอบระยะเวลา 5 ปี ข่าวเดือนธันวาคม 2562 นับเป็นหนึ่งในบันทึกความร่วมมือที่มีอยู่ในขณะนั้น ข่าวปี 2565 ระบุว่าสิ้นสุดอายุการบังคับเมื่อวันที่ 7 มิถุนายน 2565 และบันทึกความร่วมมือฉบับปี 2565 มาแทน",
  summaryEn:
    "An MoC on the principles of equality, reciprocity, mutual respect and mutual benefit. The Cabinet approved its signing on 30 May 2017 and, according to MIC's press release, it was signed on 7 June 2017, following the 2015 Joint Statement; a Thai government item links it to the 2015 Thailand–Japan Summit. It covers six fields: cybersecurity, ICT for weather observation and disaster risk reduction, sharing knowledge of technology and innovation, human resource development, postal services, and other areas agreed by both sides, over a five-year period. A December 2019 item counts it among the MoCs then in place; a 2022 item says its force ended on 7 June 2022 and that the 2022 MoC replaces it.",
  cite: {
    title: [cabinet2017, mic2017Signed],
    kind: [
      {
        ...mocsInPlace2019,
        noteTh: "หัวข่าวปี 2560 เรียกว่า “MOU” แต่เนื้อข่าวใช้คำว่าบันทึกความร่วมมือ และข่าวปี 2562 เรียกว่า Memorandum of Cooperation",
        noteEn: "The 2017 headline calls it an ‘MOU’, but its text says บันทึกความร่วมมือ (memorandum of cooperation), and the 2019 item calls it a Memorandum of Cooperation.",
      },
    ],
    summary: [principles2017, cabinet2017, mic2017Signed, summit2015From2017, scope2017, term2017, mocsInPlace2019, kaohoon2022],
  },
  cabinetApproval: { date: "2017-05-30", precision: "DAY", cite: [cabinet2017] },
  signed: { date: "2017-06-07", precision: "DAY", cite: [mic2017Signed] },
  // Third reading (issue 30): the end of its force, as a 2022 item states it.
  expires: { date: "2022-06-07", precision: "DAY", cite: [kaohoon2022] },
  termMonths: { value: 60, cite: [term2017] },
  parties: [
    { organization: "mic", cite: [cabinet2017, mic2017Signed] },
    {
      organization: "mdes",
      cite: [
        cabinet2017,
        {
          ...mic2017Signed,
          noteTh: "ข่าวประชาสัมพันธ์ของญี่ปุ่นเรียกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมว่าเป็นหน่วยงานที่สืบต่อจากกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร (情報通信技術省の後身)",
          noteEn: "The Japanese release calls the Ministry of Digital Economy and Society the successor of the Ministry of Information and Communication Technology (情報通信技術省の後身).",
        },
      ],
    },
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
      descriptionTh: "คณะรัฐมนตรีมีมติเห็นชอบและอนุมัติให้ลงนาม รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม พิเชฐ ดุรงคเวโรจน์ เปิดเผยมตินี้หลังการประชุมผู้บริหารกระทรวงเมื่อวันที่ 31 พฤษภาคม 2560",
      descriptionEn: "The Cabinet approves the MoC and authorises its signing. Minister of Digital Economy and Society Pichet Durongkaveroj announces it after the ministry's executive meeting of 31 May 2017.",
      cite: [
        cabinet2017,
        {
          source: "thaigov-4283",
          quote: "ดร.พิเชฐ ดุรงคเวโจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดเผยภายหลังการประชุมผู้บริหารกระทรวงดิจิทัลฯ ครั้งล่าสุด เมื่อวันที่ 31 พฤษภาคม 2560",
          quoteEn: "Dr Pichet Durongkaveroj, Minister of Digital Economy and Society, said after the ministry's latest executive meeting on 31 May 2017…",
          noteTh: "ข่าวสะกดนามสกุลว่า “ดุรงคเวโจน์” ทะเบียนนี้ใช้การสะกด “ดุรงคเวโรจน์” ในคำบรรยาย",
          noteEn: "The item spells the surname “ดุรงคเวโจน์”; the registry's description uses the usual spelling “ดุรงคเวโรจน์”.",
        },
      ],
    },
    {
      type: "SIGNING",
      date: "2017-06-07",
      precision: "DAY",
      descriptionTh: "ลงนามบันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ตามข่าวประชาสัมพันธ์ของฝ่ายญี่ปุ่น (แหล่งข้อมูลไม่ได้ระบุชื่อผู้ลงนาม)",
      descriptionEn: "The MoC is signed between Japan's MIC and the Ministry of Digital Economy and Society, according to the Japanese side's press release (which does not name the signers).",
      cite: [mic2017Signed],
    },
    {
      type: "BILATERAL_MEETING",
      date: "2019-12-11",
      precision: "DAY",
      descriptionTh:
        "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม พุทธิพงษ์ ปุณณกันต์ หารือทวิภาคีกับ State Minister ของกระทรวงกิจการภายในและการสื่อสาร Terada Minoru ที่รัฐสภา พร้อมด้วยผู้ตรวจราชการกระทรวง ปิยนุช วุฒิสอน และผู้อำนวยการสำนักงานส่งเสริมเศรษฐกิจดิจิทัล ณัฐพล นิมมานพัชรินทร์ หารือเรื่องความมั่นคงปลอดภัยไซเบอร์ (ศูนย์ ASEAN–Japan Cybersecurity Capacity Building Centre) ไปรษณีย์ เมืองอัจฉริยะและ 5G และ Digital Park กับ EEC",
      descriptionEn:
        "Minister of Digital Economy and Society Buddhipongse Punnakanta holds bilateral talks at Parliament House with MIC State Minister Terada Minoru, joined by the ministry's Inspector-General Piyanuch Wuttisorn and depa President Nuttapon Nimmanphatcharin, on cybersecurity (the ASEAN–Japan Cybersecurity Capacity Building Centre), postal cooperation, smart cities and 5G, and the Digital Park and the EEC.",
      cite: [meeting2019People, meeting2019Date, meeting2019Topics],
    },
    {
      type: "REPORTED_IN_EFFECT",
      date: "2019-12-11",
      precision: "DAY",
      descriptionTh: "ข่าวรัฐบาลไทยที่รายงานการหารือทวิภาคีที่รัฐสภาระบุว่าบันทึกความร่วมมือฉบับนี้เป็นหนึ่งในสองฉบับที่เป็นกลไกความร่วมมือในปัจจุบัน",
      descriptionEn: "The Thai government news item reporting the bilateral talks at Parliament House lists this MoC as one of the two current instruments of the cooperation.",
      cite: [mocsInPlace2019, meeting2019Date],
    },
  ],
  relations: [
    {
      to: "joint-statement-ict-2015",
      type: "FOLLOWS_UP_ON",
      noteTh: "ข่าวประชาสัมพันธ์ของฝ่ายญี่ปุ่นระบุว่าบันทึกความร่วมมือฉบับนี้เกิดจากการหารือต่อเนื่องหลังแถลงการณ์ร่วมปี 2558 และทั้งสองฉบับสืบเนื่องจากการประชุม Thailand–Japan Summit เมื่อ 9 กุมภาพันธ์ 2558",
      noteEn: "The Japanese side's release says this MoC came out of the talks that followed the 2015 Joint Statement; both follow from the Thailand–Japan Summit of 9 February 2015.",
      cite: [
        {
          source: "mic-2022-moc-thailand",
          quote: "(2) 同共同声明を受け、両国の間で議論を重ね、平成29年6月7日に総務省と情報通信技術省の後身であるデジタル経済社会省との間で、情報通信デジタル技術分野の協力に関する覚書の署名を行いました。",
          quoteEn: "(2) Following the Joint Statement, the two countries held repeated discussions, and on 7 June 2017 the Memorandum on Cooperation in the Field of ICT and Digital Technology was signed between MIC and the Ministry of Digital Economy and Society, the successor of the Ministry of ICT.",
          quoteTh: "(2) หลังแถลงการณ์ร่วมดังกล่าว ทั้งสองประเทศได้หารือกันต่อเนื่อง และเมื่อวันที่ 7 มิถุนายน 2560 ได้ลงนามบันทึกความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล ระหว่างกระทรวงกิจการภายในและการสื่อสารกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ซึ่งสืบต่อจากกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร",
        },
        summit2015From2017,
        summit2015FromJs,
      ],
    },
  ],
};

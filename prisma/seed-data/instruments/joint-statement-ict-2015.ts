// The curated record "joint-statement-ict-2015" (rules in ../agreements.ts;
// what the second reading changed and why: README, "Curation notes").

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

// The Japanese minister's own account of the day: she signed it with the Thai ICT minister.
const takaichiSigned: Cite = {
  source: "takaichi-2015-04-30-press-conference",
  quote: "本日、私はポーンチャイ情報通信技術大臣との間で、「情報通信技術分野における協力に関する共同声明」に署名をし、双方が関心を有する協力分野を特定いたしました。",
  quoteEn: "Today I signed the “Joint Statement on Cooperation in the Field of Information and Communication Technology” with Minister of Information and Communication Technology Pornchai, and we identified the fields of cooperation of interest to both sides.",
  quoteTh: "วันนี้ ดิฉันได้ลงนามใน “แถลงการณ์ร่วมว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร” ร่วมกับรัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร พรชัย และได้กำหนดสาขาความร่วมมือที่ทั้งสองฝ่ายสนใจ",
};

// Whom the courtesy call was on, and with whom the talks were (third reading):
// the Thai item names no one; the minister's own press conference does.
const takaichiCourtesyCall: Cite = {
  source: "takaichi-2015-04-30-press-conference",
  quote: "また、プラユット首相への表敬訪問、ポーンチャイ情報通信技術大臣及びタレス国家放送通信委員会委員長との会談を実施するとともに",
  quoteEn: "I also paid a courtesy call on Prime Minister Prayut and held talks with Minister of Information and Communication Technology Pornchai and NBTC Chairman Thares…",
  quoteTh: "นอกจากนี้ ดิฉันได้เข้าเยี่ยมคารวะนายกรัฐมนตรีประยุทธ์ และหารือกับรัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร พรชัย และประธาน กสทช.…",
};

// A later MIC release dates the Joint Statement by month, to May 2015
// (third reading): a disagreement, shown; the two records of the day win.
const mic2022DatesJsMay: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "(1) 平成27年5月、高市総務大臣(当時)がタイを訪問した際、ポーンチャイ情報通信技術大臣(当時)と会談を行い、「情報通信技術分野の協力に関する共同声明」を発出し、相互に協力していくこととしました。",
  quoteEn: "(1) In May 2015, when then Minister for Internal Affairs and Communications Takaichi visited Thailand, she held talks with then Minister of Information and Communication Technology Pornchai and issued the “Joint Statement on Cooperation in the Field of Information and Communication Technology”, agreeing to cooperate with each other.",
  quoteTh: "(1) เมื่อเดือนพฤษภาคม 2558 รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ทาคาอิชิ (ขณะนั้น) เยือนประเทศไทยและหารือกับรัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร พรชัย (ขณะนั้น) และได้ออก “แถลงการณ์ร่วมว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร” เพื่อร่วมมือกันต่อไป",
  contradicts: true,
  noteTh:
    "ข่าวประชาสัมพันธ์ของกระทรวงกิจการภายในฯ เมื่อเดือนสิงหาคม 2565 ระบุว่าแถลงการณ์ร่วมออกเมื่อเดือนพฤษภาคม 2558 แต่คำแถลงของรัฐมนตรีทาคาอิชิเมื่อวันที่ 30 เมษายน 2558 และข่าวประชาสัมพันธ์ของกระทรวงเองเมื่อวันที่ 8 พฤษภาคม 2558 ระบุว่าลงนามเมื่อวันที่ 30 เมษายน 2558 ทะเบียนนี้ยึดเอกสารที่เขียนในช่วงเวลานั้น",
  noteEn:
    "MIC's release of August 2022 says the Joint Statement was issued in May 2015; the minister's press conference of 30 April 2015 and MIC's own release of 8 May 2015 say it was signed on 30 April 2015. The registry follows the records written at the time.",
};

// The visit as MIC's release of 8 May 2015 states it (third reading).
const micVisitDates: Cite = {
  source: "mic-2015-05-08-thailand-visit",
  quote: "高市総務大臣は、平成27年4月29日から5月2日までの日程で、タイ王国を訪問しました。",
  quoteEn: "Minister for Internal Affairs and Communications Takaichi visited the Kingdom of Thailand from 29 April to 2 May 2015.",
  quoteTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ทาคาอิชิ เยือนราชอาณาจักรไทยระหว่างวันที่ 29 เมษายน ถึง 2 พฤษภาคม 2558",
};
const micVisitMeetings: Cite = {
  source: "mic-2015-05-08-thailand-visit",
  quote: "また、プラユット首相への表敬、ポーンチャイ情報通信技術大臣、タレス国家放送通信委員会(NBTC)委員長及びアリーワン アジア・太平洋電気通信共同体(APT)事務局長との会談を行い、今後の協力強化について合意しました。",
  quoteEn: "She also paid a courtesy call on Prime Minister Prayut and held talks with Minister of Information and Communication Technology Pornchai, NBTC Chairman Thares and Asia-Pacific Telecommunity (APT) Secretary-General Areewan, agreeing to strengthen cooperation.",
  quoteTh: "นอกจากนี้ ได้เข้าเยี่ยมคารวะนายกรัฐมนตรีประยุทธ์ และหารือกับรัฐมนตรีว่าการกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร พรชัย ประธาน กสทช. และเลขาธิการองค์การโทรคมนาคมแห่งเอเชียและแปซิฟิก (APT) โดยตกลงที่จะกระชับความร่วมมือต่อไป",
};
// The two broadcasting events of the same day, co-hosted with the Thai government.
const takaichiThreeEvents: Cite = {
  source: "takaichi-2015-04-30-press-conference",
  quote: "タイ政府と共催する形で「日タイICT官民ビジネス対話」、「次世代放送ラウンドテーブル」、「放送コンテンツビジネスマッチング会議」の3つのイベントを共催しました。",
  quoteEn: "…and co-hosted three events with the Thai government: the “Japan–Thailand ICT Public–Private Business Dialogue”, the “Next-Generation Broadcasting Roundtable” and the “Broadcasting Content Business Matching Meeting”.",
  quoteTh: "…และร่วมกับรัฐบาลไทยจัดกิจกรรม 3 งาน ได้แก่ “การหารือทางธุรกิจด้านไอซีทีระหว่างภาครัฐและเอกชนญี่ปุ่น–ไทย” “การประชุมโต๊ะกลมว่าด้วยการกระจายเสียงยุคใหม่” และ “การประชุมจับคู่ธุรกิจด้านเนื้อหาการกระจายเสียง”",
};

// MIC's own record of the visit (press release of 8 May 2015).
const micSigned: Cite = {
  source: "mic-2015-05-08-thailand-visit",
  quote: "4月30日、高市総務大臣は、防災、サイバーセキュリティ、郵便等の分野における協力を推進するため、「情報通信技術分野における協力に関する共同声明」(別紙1参照)に署名",
  quoteEn: "On 30 April, Minister for Internal Affairs and Communications Takaichi signed the “Joint Statement on Cooperation in the Field of Information and Communication Technology” (see Annex 1) to promote cooperation in fields such as disaster prevention, cybersecurity and postal services…",
  quoteTh: "เมื่อวันที่ 30 เมษายน รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ทาคาอิชิ ได้ลงนามใน “แถลงการณ์ร่วมว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร” (ดูเอกสารแนบ 1) เพื่อส่งเสริมความร่วมมือในด้านต่าง ๆ เช่น การป้องกันภัยพิบัติ ความมั่นคงปลอดภัยไซเบอร์ และไปรษณีย์",
};

// The item's lead names NBTC beside the ICT ministry; the two ministers' own
// records say who signed the Joint Statement, and MIC's release names the
// separate joint press statement on telecommunications and broadcasting.
const leadNamesNbtc: Cite = {
  source: "ict-mic-summit-2015",
  quote: "กระทรวงไอซีที เช่นเดียวกับ กสทช. และ MIC จับมือ กระทรวง MIC ประเทศญี่ปุ่น ลงนามความร่วมมือด้านการพัฒนา ICT ระหว่างไทยกับญี่ปุ่น",
  quoteEn: "The ICT ministry, like NBTC, joins hands with Japan's MIC in signing cooperation on ICT development between Thailand and Japan.",
  contradicts: true,
  noteTh:
    "ความนำของข่าวระบุ กสทช. ไว้คู่กับกระทรวงไอซีทีในการลงนาม แต่รัฐมนตรีญี่ปุ่นแถลงว่าได้ลงนามแถลงการณ์ร่วมกับรัฐมนตรีว่าการกระทรวงไอซีที และข่าวประชาสัมพันธ์ของกระทรวงกิจการภายในฯ ระบุว่าในการเยือนครั้งเดียวกันได้ออกแถลงการณ์ร่วมสำหรับสื่อมวลชนด้านโทรคมนาคมและการกระจายเสียงอีกฉบับหนึ่ง ทะเบียนนี้ยึดเอกสารของฝ่ายญี่ปุ่นและบันทึกฉบับหลังแยกไว้",
  noteEn:
    "The item's lead names NBTC beside the ICT ministry in the signing; Japan's minister said she signed the Joint Statement with the ICT Minister, and MIC's release says a separate joint press statement on telecommunications and broadcasting was issued on the same visit. The registry follows the Japanese side's records and keeps that statement as its own record.",
};

const importantStep: Cite = {
  source: "ict-mic-summit-2015",
  quote: "ซึ่งถือเป็นก้าวสำคัญและเป็นสัญลักษณ์ของการเริ่มต้นการดำเนินกิจกรรมการพัฒนาด้าน ICT ระหว่างไทยและญี่ปุ่น",
  quoteEn: "…which is regarded as an important step and a symbol of the start of ICT development activities between Thailand and Japan.",
};

const jsScopeIntro: Cite = {
  source: "de-postal-moc-draft",
  quote: "โดยแถลงการณ์ร่วมดังกล่าวเน้นความร่วมมือหลักใน 3 ด้าน ได้แก่",
  quoteEn: "The Joint Statement focuses on cooperation in three main areas:",
};

const scopeDisaster: Cite = { source: "de-postal-moc-draft", quote: "1) การพัฒนาและการใช้ ICT เพื่อบริหารความเสี่ยงจากภัยพิบัติ", quoteEn: "1) Developing and using ICT for disaster risk management" };
const scopeCyber: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "2) การขยายกิจกรรมความร่วมมือด้าน Cyber security รวมทั้งส่งเสริม Japan-ASEAN Security Partnership (JASPER) และความร่วมมือในการสร้างความตระหนักรู้เรื่อง Critical Information Infrastructure Protection",
  quoteEn:
    "2) Expanding cooperation on cybersecurity, including promoting the Japan-ASEAN Security Partnership (JASPER) and cooperation on awareness of Critical Information Infrastructure Protection",
};
const scopePostal: Cite = { source: "de-postal-moc-draft", quote: "3) ความร่วมมือด้านไปรษณีย์ รวมทั้งความร่วมมือสาขาอื่น ๆ ด้าน ICT", quoteEn: "3) Postal cooperation, together with cooperation in other ICT fields" };

const businessDialogue: Cite = {
  source: "ict-mic-summit-2015",
  quote:
    "กระทรวงไอซีทีและกระทรวง MIC ของประเทศญี่ปุ่น ได้หารือร่วมกันเรื่อง Thailand - Japan Public and Private sector ICT Joint Business Dialogue ณ โรงแรมคอนราด กรุงเทพฯ",
  quoteEn: "The ICT ministry and Japan's MIC held the Thailand–Japan Public and Private Sector ICT Joint Business Dialogue at the Conrad Hotel, Bangkok…",
  noteTh: "ข่าวไม่ได้ระบุวันที่ ทะเบียนนี้บันทึกว่าไม่เกินวันที่ 30 เมษายน 2558 ตามการแถลงข่าวของรัฐมนตรีญี่ปุ่นในวันนั้นซึ่งกล่าวถึงงานนี้ว่าจัดขึ้นแล้ว",
  noteEn: "The item gives no date; the registry records it as on or before 30 April 2015, when Japan's minister spoke of it as held at her press conference that day.",
};
const businessDialogueTakaichi: Cite = {
  source: "takaichi-2015-04-30-press-conference",
  quote: "タイ政府と共催する形で「日タイICT官民ビジネス対話」、「次世代放送ラウンドテーブル」、「放送コンテンツビジネスマッチング会議」の3つのイベントを共催しました。",
  quoteEn: "…and, together with the Thai government, co-hosted three events: the “Japan–Thailand ICT Public–Private Business Dialogue”, the “Next-Generation Broadcasting Round Table” and the “Broadcasting Content Business Matching Meeting”.",
  quoteTh: "และได้ร่วมกับรัฐบาลไทยเป็นเจ้าภาพจัดงาน 3 งาน ได้แก่ “การหารือทางธุรกิจด้านไอซีทีระหว่างภาครัฐและเอกชนไทย–ญี่ปุ่น” “การประชุมโต๊ะกลมด้านการกระจายเสียงยุคใหม่” และ “การประชุมจับคู่ธุรกิจด้านเนื้อหาการกระจายเสียง”",
};
const businessTopics: Cite = {
  source: "ict-mic-summit-2015",
  quote: "ตลอดจนการแลกเปลี่ยนความคิดเห็นในหัวข้อต่างๆ ได้แก่ Cyber Security, ICT for disaster management, Postal service, Cooperation of ICT utilization",
  quoteEn: "…and exchanged views on topics including cybersecurity, ICT for disaster management, postal service and cooperation in ICT utilization.",
};

const followUpSimulations: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "ความร่วมมือด้านการป้องกันภัยภิบัติ ซึ่งปัจจุบันกรมอุตุนิยมวิทยาและศูนย์เตือนภัยภิบัติแห่งชาติอยู่ระหว่างดำเนินโครงการระบบจำลองน้ำท่วม (Flood Simulation)และระบบจำลองดินถล่ม (Landslide Simulation) กับฝ่ายญี่ปุ่น",
  quoteEn:
    "…cooperation on disaster prevention: the Thai Meteorological Department and the National Disaster Warning Center are carrying out flood simulation and landslide simulation projects with the Japanese side.",
  noteTh: "ข่าวไม่ได้ระบุวันที่ เขียนขึ้นก่อนเดือนพฤศจิกายน 2559 (กล่าวถึงการลงนามที่มีกำหนดในเดือนนั้น)",
  noteEn: "The item gives no date; it was written before November 2016 (it speaks of a signing scheduled for that month).",
};
const followUpCyder: Cite = {
  source: "de-postal-moc-draft",
  quote:
    "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (องค์การมหาชน) ซึ่งเป็นหน่วยงานในกำกับของกระทรวงฯ อยู่ระหว่างเตรียมการจัดโครงการฝึกปฏิบัติด้านไซเบอร์ (Cyber Defense Exercise with Recurrence: CYDER) ครั้งที่ ๒ ร่วมกับหน่วยงานที่เกี่ยวข้องของญี่ปุ่น",
  quoteEn:
    "The Electronic Transactions Development Agency (Public Organization), under the Ministry, is preparing the second Cyber Defense Exercise with Recurrence (CYDER) with the relevant Japanese agencies.",
};
const followUpCiip: Cite = {
  source: "de-postal-moc-draft",
  quote: "ไทยและญี่ปุ่นจะร่วมเป็นเจ้าภาพในการจัดการประชุมเชิงปฏิบัติการ Workshop on CIIP (Critical Information Infrastructure Protection) ในเดือนธันวาคม ๒๕๕๙",
  quoteEn: "Thailand and Japan will co-host a Workshop on CIIP (Critical Information Infrastructure Protection) in December 2016 (B.E. 2559).",
  noteTh: "ข่าวเขียนขึ้นก่อนการประชุม ไม่พบแหล่งข้อมูลที่ยืนยันว่าจัดขึ้นจริง (ค้นหน้าเว็บที่จัดเก็บไว้ด้วยคำว่า “Workshop on CIIP Thailand Japan December 2016” และ “การคุ้มครองโครงสร้างพื้นฐานสารสนเทศที่สำคัญ ญี่ปุ่น 2559” เมื่อวันที่ 5 ธันวาคม 2569)",
  noteEn: "The item was written before the workshop; no source found confirms that it took place (stored pages searched for “Workshop on CIIP Thailand Japan December 2016” and “การคุ้มครองโครงสร้างพื้นฐานสารสนเทศที่สำคัญ ญี่ปุ่น 2559” on 5 December 2026).",
};

export const jointStatement2015: SeedAgreement = {
  slug: "joint-statement-ict-2015",
  kind: "JOINT_STATEMENT",
  titleTh:
    "แถลงการณ์ร่วมของกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารแห่งราชอาณาจักรไทยและกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศและการสื่อสาร",
  titleEn:
    "Joint Statement of the Ministry of Information and Communication Technology of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on Cooperation in Information and Communication Technology",
  titleJa: "情報通信技術分野における協力に関する共同声明",
  summaryTh:
    "แถลงการณ์ร่วมด้านไอซีทีระหว่างกระทรวงไอซีทีของไทยกับกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น ลงนามเมื่อวันที่ 30 เมษายน 2558 โดยรัฐมนตรีของทั้งสองกระทรวง หลังการหารือทวิภาคีที่ทำเนียบรัฐบาล สืบเนื่องจากการประชุม Thailand–Japan Summit เมื่อวันที่ 9 กุมภาพันธ์ 2558 ข่าวในขณะนั้นระบุว่าการลงนามเป็นก้าวสำคัญและเป็นสัญลักษณ์ของการเริ่มต้นกิจกรรมพัฒนาด้านไอซีทีระหว่างสองประเทศ แถลงการณ์เน้นความร่วมมือ 3 ด้าน คือ ไอซีทีเพื่อบริหารความเสี่ยงจากภัยพิบัติ ความมั่นคงปลอดภัยทางไซเบอร์ และกิจการไปรษณีย์ รวมถึงความร่วมมือด้านไอซีทีสาขาอื่น",
  summaryEn:
    "A joint statement on ICT between Thailand's ICT ministry and Japan's Ministry of Internal Affairs and Communications, signed on 30 April 2015 by the two ministers after their bilateral talks at Government House, as a follow-up to the Thailand–Japan Summit of 9 February 2015. A news item at the time called the signing an important step and a symbol of the start of ICT development activities between the two countries. It focuses on three areas: ICT for disaster risk management, cybersecurity, and postal cooperation together with other ICT fields.",
  cite: {
    title: [jsSigned, micSigned],
    kind: [jsSigned],
    summary: [jsSigned, takaichiSigned, jsMeeting, summit2015FromJs, importantStep, jsScopeIntro, scopeDisaster, scopeCyber, scopePostal],
  },
  signed: { date: "2015-04-30", precision: "DAY", cite: [jsSigned, jsSignedAfterMeeting, micSigned, mic2022DatesJsMay] },
  parties: [
    { organization: "mict", cite: [jsSigned, leadNamesNbtc] },
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
      cite: [takaichiSigned, jsSignedAfterMeeting],
    },
    {
      person: "sanae-takaichi",
      positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      cite: [takaichiSigned, micSigned],
    },
  ],
  scopeAreas: [
    { key: "disaster-risk-reduction", cite: [scopeDisaster] },
    { key: "cybersecurity", cite: [scopeCyber] },
    { key: "postal", cite: [scopePostal] },
    { key: "other-ict-fields", cite: [scopePostal] },
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
      descriptionTh:
        "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น ซะนะเอะ ทาคาอิชิ เข้าเยี่ยมคารวะและหารือทวิภาคี ณ ตึกสันติไมตรี ทำเนียบรัฐบาล ข่าวฝ่ายไทยไม่ได้ระบุว่าเยี่ยมคารวะผู้ใด รัฐมนตรีทาคาอิชิแถลงเองว่าได้เข้าเยี่ยมคารวะนายกรัฐมนตรีประยุทธ์ และหารือกับรัฐมนตรีว่าการกระทรวงไอซีที พรชัย รุจิประภา และประธาน กสทช. หลังการหารือ รัฐมนตรีพรชัยเปิดเผยว่าได้หารือเรื่องไอซีทีเพื่อป้องกันภัยพิบัติ ความมั่นคงปลอดภัยไซเบอร์ ไปรษณีย์ การหารือทางธุรกิจระหว่างภาครัฐและเอกชน และความร่วมมือในกรอบอาเซียน",
      descriptionEn:
        "Japan's Minister for Internal Affairs and Communications Sanae Takaichi pays a courtesy call and holds bilateral talks at Santi Maitri Building, Government House. The Thai item does not say on whom the call was paid; the minister's own account names a courtesy call on Prime Minister Prayut and talks with ICT Minister Pornchai Rujiprapa and the NBTC Chairman. Afterwards Minister Pornchai says they discussed ICT for disaster prevention, cybersecurity, postal services, public–private business dialogue and cooperation within ASEAN.",
      cite: [
        jsMeeting,
        takaichiCourtesyCall,
        {
          source: "ict-mic-summit-2015",
          quote:
            "ได้แก่ การใช้เทคโนโลยีสารสนเทศและการสื่อสารในการป้องกันภัยพิบัติ ความมั่นคงปลอดภัยทางไซเบอร์ การไปรษณีย์ การหารือร่วมทางธุรกิจระหว่างภาครัฐและภาคเอกชน รวมทั้งความร่วมมือในกรอบอาเซียน",
          quoteEn: "…namely the use of ICT in disaster prevention, cybersecurity, postal services, joint public–private business dialogue, and cooperation within the ASEAN framework.",
        },
      ],
    },
    {
      type: "SIGNING",
      date: "2015-04-30",
      precision: "DAY",
      descriptionTh: "รัฐมนตรีทั้งสองลงนามแถลงการณ์ร่วมหลังการหารือทวิภาคี",
      descriptionEn: "The two ministers sign the Joint Statement after their bilateral talks.",
      cite: [jsSigned, jsSignedAfterMeeting, takaichiSigned],
    },
    {
      type: "OTHER",
      date: "2015-04-30",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh:
        "กระทรวงไอซีทีและกระทรวงกิจการภายในฯ ของญี่ปุ่นจัดการหารือทางธุรกิจด้านไอซีทีระหว่างภาครัฐและเอกชนไทย–ญี่ปุ่น (Thailand–Japan Public and Private Sector ICT Joint Business Dialogue) ที่โรงแรมคอนราด กรุงเทพฯ โดยมีผู้แทนภาครัฐและเอกชนของทั้งสองประเทศร่วมแลกเปลี่ยนความเห็นเรื่องความมั่นคงปลอดภัยไซเบอร์ ไอซีทีเพื่อการจัดการภัยพิบัติ ไปรษณีย์ และความร่วมมือในการใช้ไอซีที",
      descriptionEn:
        "The ICT ministry and Japan's MIC hold the Thailand–Japan Public and Private Sector ICT Joint Business Dialogue at the Conrad Hotel, Bangkok, where government and private-sector representatives of both countries exchange views on cybersecurity, ICT for disaster management, postal services and cooperation in ICT utilization.",
      cite: [businessDialogue, businessTopics, businessDialogueTakaichi],
    },
    {
      type: "OTHER",
      descriptionTh: "ผลสืบเนื่องจากแถลงการณ์ร่วม: กรมอุตุนิยมวิทยาและศูนย์เตือนภัยพิบัติแห่งชาติดำเนินโครงการระบบจำลองน้ำท่วมและระบบจำลองดินถล่มร่วมกับฝ่ายญี่ปุ่น",
      descriptionEn: "Follow-up to the Joint Statement: the Thai Meteorological Department and the National Disaster Warning Center carry out flood and landslide simulation projects with the Japanese side.",
      cite: [followUpSimulations],
    },
    {
      type: "OTHER",
      descriptionTh: "ผลสืบเนื่องจากแถลงการณ์ร่วม: สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์เตรียมจัดการฝึกปฏิบัติด้านไซเบอร์ CYDER ครั้งที่ 2 ร่วมกับหน่วยงานของญี่ปุ่น",
      descriptionEn: "Follow-up to the Joint Statement: the Electronic Transactions Development Agency prepares the second CYDER cyber defence exercise with Japanese agencies.",
      cite: [followUpCyder],
    },
    {
      type: "OTHER",
      date: "2016-12-01",
      precision: "MONTH",
      descriptionTh: "ไทยและญี่ปุ่นมีกำหนดร่วมเป็นเจ้าภาพการประชุมเชิงปฏิบัติการด้านการคุ้มครองโครงสร้างพื้นฐานสารสนเทศที่สำคัญ (Workshop on CIIP)",
      descriptionEn: "Thailand and Japan are to co-host a Workshop on Critical Information Infrastructure Protection (CIIP).",
      cite: [followUpCiip],
    },
    {
      type: "OTHER",
      date: "2015-04-29",
      precision: "DAY",
      descriptionTh:
        "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ทาคาอิชิ เยือนประเทศไทยระหว่างวันที่ 29 เมษายน ถึง 2 พฤษภาคม 2558 ได้เข้าเยี่ยมคารวะนายกรัฐมนตรีประยุทธ์ และหารือกับรัฐมนตรีว่าการกระทรวงไอซีที พรชัย ประธาน กสทช. และเลขาธิการองค์การโทรคมนาคมแห่งเอเชียและแปซิฟิก (APT)",
      descriptionEn:
        "Minister for Internal Affairs and Communications Takaichi visits Thailand from 29 April to 2 May 2015: a courtesy call on Prime Minister Prayut, and talks with ICT Minister Pornchai, the NBTC Chairman and the Secretary-General of the Asia-Pacific Telecommunity (APT).",
      cite: [micVisitDates, micVisitMeetings],
    },
    {
      type: "OTHER",
      date: "2015-04-30",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh: "กระทรวงกิจการภายในฯ ของญี่ปุ่นร่วมกับรัฐบาลไทยจัดการประชุมโต๊ะกลมว่าด้วยการกระจายเสียงยุคใหม่ (Next-Generation Broadcasting Roundtable)",
      descriptionEn: "MIC and the Thai government co-host the Next-Generation Broadcasting Roundtable.",
      cite: [takaichiThreeEvents],
    },
    {
      type: "OTHER",
      date: "2015-04-30",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh: "กระทรวงกิจการภายในฯ ของญี่ปุ่นร่วมกับรัฐบาลไทยจัดการประชุมจับคู่ธุรกิจด้านเนื้อหาการกระจายเสียง (Broadcasting Content Business Matching Meeting)",
      descriptionEn: "MIC and the Thai government co-host the Broadcasting Content Business Matching Meeting.",
      cite: [takaichiThreeEvents],
    },
  ],
  relations: [],
};

// Passages quoted by more than one record.

import type { Cite } from "./types";

export const summit2015FromJs: Cite = {
  source: "ict-mic-summit-2015",
  quote:
    "การร่วมลงนามในครั้งนี้เป็นการดำเนินการที่เป็นไปตามผลการหารือระหว่างนายกรัฐมนตรีของไทยกับนายกรัฐมนตรีของญี่ปุ่น ในการประชุม Thailand – Japan Summit เมื่อวันที่ 9 กุมภาพันธ์ 2558 ณ กรุงโตเกียว ประเทศญี่ปุ่น",
  quoteEn:
    "This signing follows up on the talks between the Prime Ministers of Thailand and Japan at the Thailand–Japan Summit on 9 February 2015 in Tokyo, Japan.",
};

export const meeting2019Date: Cite = {
  source: "thaigov-25177",
  quote: "เมื่อวันที่ ๑๑ ธันวาคม ๒๕๖๒ เวลา ๑๖.๐๐ น. ณ ห้องประชุม ๔๑๒ ชั้น ๔ สัปปายะสภาสถาน รัฐสภา (เกียกกาย)",
  quoteEn: "on 11 December 2019 (B.E. 2562) at 16:00 in meeting room 412, 4th floor, Sappaya-Sapasathan, Parliament House (Kiakkai).",
};

export const cabinet2017: Cite = {
  source: "thaigov-4283",
  quote:
    "จากการประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที่ 30 พฤษภาคมที่ผ่านมา ครม.มีมติเห็นชอบและอนุมัติให้มีการลงนามบันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล",
  quoteEn:
    "At its meeting on 30 May, the Cabinet approved the signing of the Memorandum of Cooperation between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society on cooperation in information technology, communications and digital.",
  noteTh: "ข่าวลงวันที่ 5 มิถุนายน 2560 และกล่าวถึง “30 พฤษภาคมที่ผ่านมา” จึงเป็นวันที่ 30 พฤษภาคม 2560",
  noteEn: "The item is dated 5 June 2017 and speaks of ‘30 May just past’, i.e. 30 May 2017.",
};

export const kanekoYoshida: Cite = {
  source: "thaigov-57695",
  quote:
    "โดยมีนายยาซูชิ คาเนโกะ รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น เป็นผู้ร่วมลงนามฝ่ายญี่ปุ่น และมีนายฮิโรชิ โยชิดะ รัฐมนตรีช่วยว่าการกระทรวงกิจการภายในและการสื่อสารฯ เป็นผู้แทนมาร่วมแลกเปลี่ยน MOC",
  quoteEn:
    "…with Mr Yasushi Kaneko, Minister for Internal Affairs and Communications of Japan, signing for the Japanese side, and Mr Hiroshi Yoshida, State Minister for Internal Affairs and Communications, attending as representative to exchange the MoC.",
};

export const depaExchange: Cite = {
  source: "thaigov-57695",
  quote:
    "ได้เข้าร่วมเป็นสักขีพยานระหว่างพิธีแลกเปลี่ยนบันทึกความร่วมมือระหว่างสำนักงานส่งเสริมเศรษฐกิจดิจิทัลแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นว่าด้วยความร่วมมือด้านเทคโนโลยีและนวัตกรรมดิจิทัลเพื่อการเปลี่ยนแปลง",
  quoteEn:
    "…also witnessed the ceremony exchanging the Memorandum of Cooperation between the Digital Economy Promotion Agency of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on cooperation in digital technology and innovation for transformation.",
};

export const exchange2022: Cite = {
  source: "thaigov-57695",
  quote: "ก.ดิจิทัล ร่วมแลกเปลี่ยน MOC ๒ ฉบับกับ ก.กิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น",
  quoteEn: "The Ministry of Digital Economy and Society exchanges two MoCs with Japan's Ministry of Internal Affairs and Communications.",
  noteTh: "ข่าวลงวันศุกร์ที่ 5 สิงหาคม 2565 โดยไม่ระบุวันลงนามหรือวันแลกเปลี่ยน การลงนามและการแลกเปลี่ยนจึงเกิดขึ้นไม่เกินวันนั้น",
  noteEn: "The item is dated Friday 5 August 2022 and gives no day for the signing or the exchange: both took place on or before that day.",
};

// MIC's own record of the 2022 signing and of the 2017 one (press release
// 01tsushin09_02000133): the party's official account, followed where the
// Thai news items say less or otherwise.
export const mic2022Signed: Cite = {
  source: "mic-2022-moc-thailand",
  quote:
    "令和4年8月5日、金子総務大臣とチャイウット大臣が情報通信デジタル技術分野の協力に関する覚書の署名を行い、バンコクにて吉田総務審議官とチャイウット大臣が覚書の交換を行いました。",
  quoteEn:
    "On 5 August 2022, Minister for Internal Affairs and Communications Kaneko and Minister Chaiwut signed the Memorandum on Cooperation in the Field of ICT and Digital Technology, and in Bangkok Vice-Minister for Policy Coordination Yoshida and Minister Chaiwut exchanged the memorandum.",
  quoteTh:
    "เมื่อวันที่ 5 สิงหาคม 2565 รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร คาเนโกะ และรัฐมนตรีชัยวุฒิ ได้ลงนามในบันทึกความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล และที่กรุงเทพฯ Vice-Minister for Policy Coordination (総務審議官) โยชิดะ และรัฐมนตรีชัยวุฒิ ได้แลกเปลี่ยนบันทึกความร่วมมือ",
};

export const mic2022Title: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "総務省とデジタル経済社会省との間の情報通信デジタル技術分野の協力に関する覚書に署名しました。",
  quoteEn: "…signed the Memorandum on Cooperation in the Field of ICT and Digital Technology between the Ministry of Internal Affairs and Communications and the Ministry of Digital Economy and Society.",
  quoteTh: "…ได้ลงนามในบันทึกความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล ระหว่างกระทรวงกิจการภายในและการสื่อสารกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
};

export const mic2017Signed: Cite = {
  source: "mic-2022-moc-thailand",
  quote:
    "平成29年6月7日に総務省と情報通信技術省の後身であるデジタル経済社会省との間で、情報通信デジタル技術分野の協力に関する覚書の署名を行いました。",
  quoteEn:
    "On 7 June 2017, the Memorandum on Cooperation in the Field of ICT and Digital Technology was signed between MIC and the Ministry of Digital Economy and Society, the successor of the Ministry of Information and Communication Technology.",
  quoteTh:
    "เมื่อวันที่ 7 มิถุนายน 2560 ได้มีการลงนามบันทึกความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล ระหว่างกระทรวงกิจการภายในและการสื่อสารกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ซึ่งเป็นหน่วยงานที่สืบต่อจากกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร",
};

export const mic2022Review: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "同覚書について、情報通信やデジタル分野における環境の変化を反映し、新しい時代にふさわしい日本・タイ間の協力を促進するため、検討を重ねてまいりました。",
  quoteEn: "That memorandum has been under review to reflect changes in the ICT and digital environment and to promote Japan–Thailand cooperation fit for a new era.",
  quoteTh: "บันทึกความร่วมมือฉบับดังกล่าวได้รับการพิจารณาทบทวนมาโดยตลอด เพื่อให้สอดรับกับสภาพแวดล้อมที่เปลี่ยนไปในด้านสารสนเทศ การสื่อสาร และดิจิทัล และเพื่อส่งเสริมความร่วมมือระหว่างญี่ปุ่นกับไทยที่เหมาะกับยุคใหม่",
};

export const mic2022Postal2021: Cite = {
  source: "mic-2022-moc-thailand",
  quote: "- 2021年8月11日に署名された郵便分野における覚書",
  quoteEn: "– the memorandum in the postal field signed on 11 August 2021",
  quoteTh: "– บันทึกความร่วมมือด้านไปรษณีย์ที่ลงนามเมื่อวันที่ 11 สิงหาคม 2564",
};

// A 2016 trade-paper item and a news portal on the visit of MIC's
// Vice-Minister for Policy Coordination to Bangkok in November 2016.
export const suzukiPostal: Cite = {
  source: "portal-worlds-8675",
  quote: "鈴木総務審議官はプラジン副首相兼デジタル経済社会大臣とも会談を行い、両国間における郵便分野に関する協力を強化していく事に合意し、覚書を締結した。",
  quoteEn:
    "Vice-Minister for Policy Coordination Suzuki also met Deputy Prime Minister and Minister of Digital Economy and Society Prajin, agreed to strengthen cooperation between the two countries in the postal field, and concluded a memorandum.",
  quoteTh:
    "Vice-Minister for Policy Coordination (総務審議官) ซูซูกิ ได้หารือกับรองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (แหล่งข้อมูลเขียนชื่อว่า プラジン) และตกลงที่จะกระชับความร่วมมือด้านไปรษณีย์ระหว่างสองประเทศ แล้วได้ทำบันทึกความร่วมมือ",
};

export const suzukiDay: Cite = {
  source: "portal-worlds-8675",
  quote: "日本の総務省は、鈴木総務審議官がタイの国家放送通信委員会とデジタル経済社会省との間で14日に会談を行った事を発表した。",
  quoteEn: "Japan's MIC announced that Vice-Minister for Policy Coordination Suzuki held talks with Thailand's NBTC and the Ministry of Digital Economy and Society on the 14th.",
  quoteTh: "กระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นประกาศว่า Vice-Minister for Policy Coordination ซูซูกิ ได้หารือกับ กสทช. และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมของไทยเมื่อวันที่ 14",
  noteTh: "ข่าวระบุเพียง “วันที่ 14” ไม่ระบุเดือน ข่าวจากหนังสือพิมพ์อีกฉบับระบุการเยือนกรุงเทพฯ ครั้งเดียวกันว่าเป็นวันที่ 14 พฤศจิกายน 2559 (平成28年11月14日)",
  noteEn: "The portal gives only “the 14th”; the trade-paper item dates the same Bangkok visit 14 November 2016 (平成28年11月14日).",
};

export const suzukiBangkok: Cite = {
  source: "dempa-2016-11-21-nbtc-moc",
  quote:
    "平成28年11月14日に、鈴木茂樹総務審議官は、タイ王国バンコクでタレス国家放送通信委員会委員長と会談を行うとともに、総務省とタイ王国国家放送通信委員会との間の放送・通信分野の協力に関する覚書に署名(署名者:鈴木総務審議官、タコーン国家放送通信委員会事務局長)した。",
  quoteEn:
    "On 14 November 2016, Vice-Minister for Policy Coordination Shigeki Suzuki met NBTC Chairman Thares in Bangkok and signed the Memorandum on Cooperation in Broadcasting and Telecommunications between MIC and Thailand's NBTC (signatories: Vice-Minister Suzuki and NBTC Secretary-General Takorn).",
  quoteTh:
    "เมื่อวันที่ 14 พฤศจิกายน 2559 Vice-Minister for Policy Coordination (総務審議官) ชิเงกิ ซูซูกิ ได้หารือกับประธาน กสทช. ที่กรุงเทพฯ และลงนามบันทึกความร่วมมือด้านการกระจายเสียงและโทรคมนาคมระหว่างกระทรวงกิจการภายในและการสื่อสารกับ กสทช. (ผู้ลงนาม: ซูซูกิ และเลขาธิการ กสทช.)",
};

export const basedOnJointStatement: Cite = {
  source: "portal-worlds-8675",
  quote: "これらの覚書締結は、高市総務大臣が2015年4月にタイに訪問し政府高官と会談を実施した際に発表した共同声明に基づくものとなる。",
  quoteEn: "These memoranda are based on the joint statement announced when Minister Takaichi visited Thailand in April 2015 and met senior government officials.",
  quoteTh: "บันทึกความร่วมมือเหล่านี้มีพื้นฐานจากแถลงการณ์ร่วมที่ประกาศเมื่อรัฐมนตรีทาคาอิชิเยือนประเทศไทยและหารือกับเจ้าหน้าที่ระดับสูงของรัฐบาลในเดือนเมษายน 2558",
};

// Third reading (issue 30): a Thai business-news item on the Cabinet's
// approval of the 2022 MDES–MIC MoC, which says it replaces the 2017 MoC and
// when that one ended. The item's own date is not in the stored copy; it
// announces the signing "this 5 August".
export const kaohoon2022: Cite = {
  source: "kaohoon-548502",
  quote:
    "ที่ประชุมคณะรัฐมนตรี (ครม.) เห็นชอบร่างบันทึกความร่วมมือระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือด้านเทคโนโลยีสารสนเทศ การสื่อสาร และดิจิทัล ซึ่งจะเป็นบันทึกความร่วมมือแทนฉบับเดิมที่ทั้ง 2 ฝ่ายได้ลงนามไปเมื่อปี 2560 และได้สิ้นสุดอายุการบังคับเมื่อวันที่ 7 มิ.ย.65",
  quoteEn:
    "The Cabinet approved the draft Memorandum of Cooperation between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on cooperation in information technology, communications and digital, which is to replace the earlier one the two sides signed in 2017 (B.E. 2560), whose force ended on 7 June 2022.",
};
export const kaohoonSigningAhead: Cite = {
  source: "kaohoon-548502",
  quote: "ครม.เห็นชอบ! ร่างความร่วมมือ “ไทย-ญี่ปุ่น” พร้อมลงนาม 5 ส.ค.นี้",
  quoteEn: "Cabinet approves! Draft “Thailand–Japan” cooperation, ready to be signed this 5 August",
  noteTh: "ข่าวไม่ได้ระบุวันประชุมคณะรัฐมนตรี และเขียนก่อนการลงนามในวันที่ 5 สิงหาคม 2565 การอนุมัติจึงเกิดขึ้นไม่เกินวันนั้น",
  noteEn: "The item does not give the day of the Cabinet meeting and was written before the signing on 5 August 2022: the approval came on or before that day.",
};

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
  noteTh: "ข่าวลงวันศุกร์ที่ 5 สิงหาคม 2565 โดยไม่ระบุวันลงนามหรือวันแลกเปลี่ยน ทะเบียนนี้จึงบันทึกไว้เพียงปี",
  noteEn: "The item is dated Friday 5 August 2022 and gives no day for the signing or the exchange, so only the year is recorded.",
};

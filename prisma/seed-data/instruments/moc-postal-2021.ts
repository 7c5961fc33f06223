// The curated record "moc-postal-2021": the postal MoC the Japanese side
// reports signed on 11 August 2021, which the registry did not have (issue
// 14, corroboration).

import type { Cite, SeedAgreement } from "../types";
import { mic2022Postal2021 } from "../passages";

const cabinet2020: Cite = {
  source: "matichon-2192643",
  quote:
    "เมื่อวันที่ 19 พฤษภาคม นางนฤมล ภิญโญสินวัฒน์ โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า คณะรัฐมนตรี (ครม.) เห็นชอบและอนุมัติการลงนามร่างบันทึกความร่วมมือด้านไปรษณีย์ระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นและกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย",
  quoteEn:
    "On 19 May, Mrs Narumon Pinyosinwat, spokesperson of the Office of the Prime Minister, said the Cabinet had approved and authorised the signing of the draft Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand.",
  noteTh:
    "ข่าวลงเดือนพฤษภาคม 2563 โฆษกแถลงเมื่อวันที่ 19 พฤษภาคมว่าคณะรัฐมนตรีอนุมัติแล้ว การอนุมัติจึงเกิดขึ้นไม่เกินวันนั้น ชื่อภาษาอังกฤษในข่าวระบุผิดเป็น “…Ministry of Internal Affairs and Communications of Thailand”",
  noteEn:
    "The item is from May 2020; the spokesperson said on 19 May that the Cabinet had approved it, so the approval came on or before that day. The item's English title wrongly reads “…Ministry of Internal Affairs and Communications of Thailand”.",
};

const ministersToSign: Cite = {
  source: "matichon-2192643",
  quote: "เพื่อส่งเสริมความร่วมมือด้านไปรษณีย์ระหว่างไทยกับญี่ปุ่นอย่างต่อเนื่อง รวมทั้งเปลี่ยนการลงนามเป็นรัฐมนตรีว่าการของทั้งสองฝ่ายเพื่อยกระดับความร่วมมือด้านไปรษณีย์",
  quoteEn: "…to continue promoting postal cooperation between Thailand and Japan, and to have it signed by the ministers of both sides instead, raising the level of postal cooperation.",
};

const signed2021: Cite = {
  ...mic2022Postal2021,
  noteTh: "ข่าวประชาสัมพันธ์ปี 2565 ของฝ่ายญี่ปุ่นระบุวันลงนามไว้ในรายการสาขาความร่วมมือ โดยไม่ระบุผู้ลงนาม",
  noteEn: "The Japanese side's 2022 release gives the signature date in its list of fields of cooperation, without naming the signers.",
};

export const postalMoc2021: SeedAgreement = {
  slug: "moc-postal-2021",
  kind: "MEMORANDUM_OF_COOPERATION",
  titleTh: "บันทึกความร่วมมือด้านไปรษณีย์ระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่นและกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย (ฉบับปี 2564)",
  titleEn: "Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand (2021)",
  summaryTh:
    "บันทึกความร่วมมือด้านไปรษณีย์ฉบับใหม่ระหว่างกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่นกับกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม คณะรัฐมนตรีอนุมัติร่างไม่เกินวันที่ 19 พฤษภาคม 2563 เพื่อส่งเสริมความร่วมมือด้านไปรษณีย์อย่างต่อเนื่อง โดยเปลี่ยนผู้ลงนามเป็นรัฐมนตรีว่าการของทั้งสองฝ่าย ฝ่ายญี่ปุ่นระบุว่าลงนามเมื่อวันที่ 11 สิงหาคม 2564 ปีที่เพิ่มในชื่อเป็นของทะเบียน เพื่อแยกจากฉบับปี 2559 ที่มีชื่อเดียวกัน",
  summaryEn:
    "A new postal MoC between Japan's MIC and Thailand's Ministry of Digital Economy and Society. The Cabinet approved the draft on or before 19 May 2020, to continue postal cooperation, with the ministers of both sides to sign it instead; the Japanese side reports it signed on 11 August 2021. The year in the title is the registry's, to tell it from the 2016 MoC of the same name.",
  cite: { title: [cabinet2020], kind: [cabinet2020], summary: [cabinet2020, ministersToSign, signed2021] },
  cabinetApproval: { date: "2020-05-19", precision: "DAY", bound: "ON_OR_BEFORE", cite: [cabinet2020] },
  signed: { date: "2021-08-11", precision: "DAY", cite: [signed2021] },
  parties: [
    { organization: "mic", cite: [cabinet2020] },
    { organization: "mdes", cite: [cabinet2020] },
  ],
  signatories: [
    {
      positionTh: "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
      positionEn: "Minister of Digital Economy and Society",
      organization: "mdes",
      role: "SIGNATORY",
      planned: true,
      cite: [ministersToSign],
    },
    {
      positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น",
      positionEn: "Minister for Internal Affairs and Communications of Japan",
      organization: "mic",
      role: "SIGNATORY",
      planned: true,
      cite: [ministersToSign],
    },
  ],
  scopeAreas: [{ key: "postal", cite: [cabinet2020] }],
  events: [
    {
      type: "CABINET_APPROVAL",
      date: "2020-05-19",
      precision: "DAY",
      bound: "ON_OR_BEFORE",
      descriptionTh: "คณะรัฐมนตรีเห็นชอบและอนุมัติการลงนามในร่างบันทึกความร่วมมือ โฆษกประจำสำนักนายกรัฐมนตรี นฤมล ภิญโญสินวัฒน์ แถลงเมื่อวันที่ 19 พฤษภาคม 2563",
      descriptionEn: "The Cabinet approves the draft MoC and authorises its signing; the Prime Minister's Office spokesperson Narumon Pinyosinwat announces it on 19 May 2020.",
      cite: [cabinet2020],
    },
    {
      type: "SIGNING",
      date: "2021-08-11",
      precision: "DAY",
      descriptionTh: "ลงนามบันทึกความร่วมมือ ตามข่าวประชาสัมพันธ์ของฝ่ายญี่ปุ่น (ไม่ระบุผู้ลงนาม)",
      descriptionEn: "The MoC is signed, according to the Japanese side's press release (which does not name the signers).",
      cite: [signed2021],
    },
  ],
  relations: [
    {
      to: "moc-postal-services",
      type: "RELATED",
      noteTh:
        "ข่าวเดือนธันวาคม 2562 ระบุว่ากำลังเตรียมจัดทำบันทึกความร่วมมือด้านไปรษณีย์ฉบับใหม่แทนฉบับที่หมดอายุในเดือนพฤศจิกายน 2562 ทะเบียนนี้ถือว่าเป็นฉบับนี้เพราะคู่ภาคีและสาขาตรงกัน แต่ไม่ได้บันทึกว่ามาแทนฉบับเดิมซึ่งหมดอายุไปก่อนแล้ว",
      noteEn:
        "The December 2019 item says a new postal MoC was being prepared to replace the one that expired in November 2019; the registry takes this to be it, since the parties and the field match, but does not record it as superseding the earlier one, which had already expired.",
      cite: [
        {
          source: "thaigov-25177",
          quote:
            "๒) บันทึกความร่วมมือด้านกิจการไปรษณีย์ ซึ่งอยู่ระหว่างเตรียมการจัดทำ MoC ฉบับใหม่ แทนฉบับเดิมที่หมดอายุลงไปเมื่อเดือนพฤศจิกายน ๒๕๖๒",
          quoteEn: "(2) the MoC on postal affairs, for which a new MoC is being prepared to replace the previous one, which expired in November 2019 (B.E. 2562).",
        },
        cabinet2020,
      ],
    },
  ],
};

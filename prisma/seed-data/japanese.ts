// The Japanese texts of the curated records: the registry's translations of
// its Thai and English texts, as the English ones are of the Thai (the page
// says so). Titles MIC gives in Japanese are in the records themselves
// (`titleJa`, cited); the titles here are for records whose Japanese title no
// stored source gives. Names of bodies are those Japanese government texts
// use (総務省, デジタル経済社会省, 国家放送通信委員会); a person's name is
// written in Japanese script only where a source writes it (reference.ts),
// so the texts below name people as MIC's releases do, by surname and office,
// or in the Latin script of the Thai sources' transliteration.
//
// Lists follow the record's own order (signatories, events, relations);
// tests/integration/seed.test.ts checks that every row has its Japanese text.
import type { ScopeAreaKey } from "./reference";

export interface JapaneseTexts {
  titleJa?: string;
  summaryJa: string;
  /** One per signatory, in order; null where the record gives no position. */
  positionsJa: Array<string | null>;
  /** One per event, in order. */
  eventsJa: string[];
  /** One per relation, in order; null where the relation has no note. */
  relationNotesJa: Array<string | null>;
}

const MIC_MINISTER = "総務大臣";
const MIC_VICE_MINISTER = "総務審議官";
const MDES_MINISTER = "タイ王国デジタル経済社会大臣";

export const japanese: Record<string, JapaneseTexts> = {
  "joint-statement-ict-2015": {
    summaryJa:
      "タイの情報通信技術省と日本の総務省との間のICTに関する共同声明です。2015年2月9日の日タイ首脳会談を受け、2015年4月30日、首相府での二国間会談の後に両大臣が署名しました。当時の報道は、この署名を重要な一歩であり、両国間のICT開発に向けた活動の始まりを象徴するものと伝えています。重点分野は、防災のためのICT、サイバーセキュリティ、並びに郵便及びその他のICT分野における協力の三つです。",
    positionsJa: ["タイ王国情報通信技術大臣", MIC_MINISTER],
    eventsJa: [
      "東京での日タイ首脳会談。両首相がICT分野の協力、特にサイバーセキュリティと防災に言及しました。",
      "高市総務大臣が、首相府サンティマイトリー・ビルで表敬訪問と二国間会談を行いました。タイの記事は表敬の相手を記していませんが、大臣自身の記者会見は、プラユット首相への表敬訪問と、ポーンチャイ情報通信技術大臣及び国家放送通信委員会委員長との会談を挙げています。会談後、Pornchai大臣は、防災のためのICT、サイバーセキュリティ、郵便、官民ビジネス対話及びASEANの枠組みでの協力について協議したと述べました。",
      "二国間会談の後、両大臣が共同声明に署名しました。",
      "タイ情報通信技術省と日本の総務省が、バンコクのコンラッド・ホテルで「日タイICT官民ビジネス対話」を開催し、両国の政府及び民間の代表が、サイバーセキュリティ、防災のためのICT、郵便及びICT利活用における協力について意見を交換しました。",
      "共同声明のフォローアップとして、タイ気象局と国家災害警報センターが、日本側と洪水・土砂災害のシミュレーション事業を実施しています。",
      "共同声明のフォローアップとして、電子取引開発機構が、日本の関係機関と第2回CYDERサイバー防御演習を準備しています。",
      "タイと日本が「重要情報インフラ防護（CIIP）ワークショップ」を共催する予定です。",
      "高市総務大臣が2015年4月29日から5月2日までタイを訪問し、プラユット首相を表敬訪問したほか、ポーンチャイ情報通信技術大臣、国家放送通信委員会委員長及びアジア・太平洋電気通信共同体（APT）事務局長と会談しました。",
      "総務省がタイ政府と共催で「次世代放送ラウンドテーブル」を開催しました。",
      "総務省がタイ政府と共催で「放送コンテンツビジネスマッチング会議」を開催しました。",
    ],
    relationNotesJa: [],
  },
  "moc-postal-services": {
    titleJa: "日本国総務省とタイ王国デジタル経済社会省との間の郵便分野における協力覚書",
    summaryJa:
      "2015年の共同声明の下で準備された郵便分野の協力覚書です。郵便政策に関する意見交換、日本郵便とタイ郵便の協力、総務省及びJETROの支援による日本の機関とタイ郵便との協力、並びに協力事業を対象とします。タイ内閣は2016年11月10日以前にその案を承認し、日本の報道によれば、2016年11月14日に総務審議官がバンコクで締結しました。有効期間は3年で、2019年11月に失効しました。",
    positionsJa: [MIC_VICE_MINISTER, "タイ王国デジタル経済社会省事務次官", MIC_VICE_MINISTER, "タイ王国デジタル経済社会省事務次官"],
    eventsJa: [
      "タイ内閣が覚書案を承認し、署名を認めました。",
      "バンコクで開催されるITU Telecom World 2016の期間中に署名する予定とされました。",
      "鈴木総務審議官がバンコクで副首相兼デジタル経済社会大臣（典拠では「プラジン」）と会談し、覚書を締結しました。総務省と国家放送通信委員会との覚書の署名と同じ訪問の際のことです。",
      "覚書が失効しました。",
      "国会議事堂での二国間会談。これを報じたタイ政府の記事は、失効した覚書に代わる新たな郵便分野の覚書を準備中であると伝えています。",
    ],
    relationNotesJa: [null],
  },
  "moc-ict-digital-2017": {
    summaryJa:
      "平等、互恵、相互尊重及び相互利益の原則に基づく協力覚書です。タイ内閣は2017年5月30日に署名を承認し、総務省の報道資料によれば、2015年の共同声明を受けて、2017年6月7日に署名されました。タイ政府の記事は、2015年の日タイ首脳会談を受けたものとしています。サイバーセキュリティ、気象観測・防災のためのICT、技術・イノベーションに関する知見の共有、人材育成、郵便、及び双方が合意するその他の分野の6分野を対象とし、期間は5年です。2019年12月の記事は、当時有効な覚書の一つとしてこれを挙げています。2022年の記事は、2022年6月7日に効力を失い、2022年の覚書がこれに代わるとしています。",
    positionsJa: [],
    eventsJa: [
      "東京での日タイ首脳会談。この覚書はこれを受けたものです。",
      "タイ内閣が覚書を承認し、署名を認めました。2017年5月31日の省の幹部会議の後、Pichet Durongkaverojデジタル経済社会大臣が発表しました。",
      "日本側の報道資料によれば、総務省とデジタル経済社会省との間で覚書が署名されました（署名者の記載はありません）。",
      "Buddhipongse Punnakantaデジタル経済社会大臣が、国会議事堂でTerada Minoru総務副大臣と二国間会談を行いました。同省のPiyanuch Wuttisorn監察官及びdepaのNuttapon Nimmanphatcharin総裁も同席し、サイバーセキュリティ（日ASEANサイバーセキュリティ能力構築センター）、郵便分野の協力、スマートシティと5G、デジタルパーク及びEECについて協議しました。",
      "国会議事堂での二国間会談を報じたタイ政府の記事は、この覚書を協力の現行の文書二つのうちの一つとして挙げています。",
    ],
    relationNotesJa: ["日本側の報道資料によれば、この覚書は2015年の共同声明に続く協議から生まれたものです。いずれも2015年2月9日の日タイ首脳会談を受けたものです。"],
  },
  "moc-ict-digital-2022": {
    summaryJa:
      "平等、互恵、相互尊重及び相互利益の原則に基づき、情報通信デジタル技術分野の協力と交流を促進するための覚書です。2022年8月5日、日本の総務大臣とタイのデジタル経済社会大臣が署名し、バンコクで交換されました。気象観測・防災のためのICTとデータ、知見とイノベーションの共有、日ASEANサイバーセキュリティ能力構築センターによるものを含む人材育成、郵便、オープンで安全な5G、及び日本のICT企業によるタイへの投資を対象とします。日本側は、2017年の覚書を見直した成果と位置付けています。",
    positionsJa: [MDES_MINISTER, MIC_MINISTER, MDES_MINISTER, MIC_VICE_MINISTER],
    eventsJa: [
      "金子総務大臣とChaiwut Thanakamanusornタイ王国デジタル経済社会大臣が覚書に署名しました。",
      "バンコクで、吉田総務審議官とチャイウット大臣が覚書を交換しました。デジタル経済振興庁の覚書の交換と同じ機会です。",
    ],
    relationNotesJa: [
      "内閣承認を伝える記事は、この覚書が2017年に署名され2022年6月7日に効力を失った覚書に代わるものとしています。日本側は、2017年の覚書を環境の変化を反映するよう見直した上でこの覚書に署名したとしています。",
      "同じ機会に交換されました。",
      "日本側の報道資料は、2021年8月11日に署名された郵便分野の覚書を、この覚書の協力分野の一つとして挙げています。",
    ],
  },
  "depa-mic-moc-digital-innovation-2022": {
    titleJa: "タイ王国デジタル経済振興庁と日本国総務省との間の変革のためのデジタル技術・イノベーション分野の協力に関する覚書",
    summaryJa:
      "大学、企業及び地域社会との連携、共同プロジェクト・活動、並びに知見の交換を通じて、変革のためのイノベーション・エコシステムの維持・発展に関する協力を促進し、経験を共有するための覚書です。2022年、デジタル経済社会省の覚書と同じ機会に交換されました。",
    positionsJa: [],
    eventsJa: ["デジタル経済社会省の覚書の交換と同じ機会に行われた、この覚書の交換式。記事は立会いがあったと述べていますが、誰が立ち会ったかは記載していません。"],
    relationNotesJa: [],
  },
  "joint-press-statement-nbtc-2015": {
    summaryJa:
      "2015年4月30日、タイを訪問した高市総務大臣が、国家放送通信委員会の委員長との会談の後に発出した共同プレス声明です。国際ローミング料金の低廉化に向けた協議の開始と、放送コンテンツ・次世代放送分野での協力強化を内容とします。当時のタイの記事には言及がありません。",
    positionsJa: [],
    eventsJa: ["高市総務大臣がタイ訪問中、国家放送通信委員会の委員長との会談の後に共同プレス声明を発出しました。"],
    relationNotesJa: ["同じ訪問中の同日に発出されました。"],
  },
  "mic-nbtc-moc-2016": {
    summaryJa:
      "日本の総務省とタイの国家放送通信委員会との間の覚書です。2016年11月14日、バンコクで、国家放送通信委員会の委員長と佐渡島駐タイ大使の立会いの下、鈴木茂樹総務審議官と同委員会の事務局長が署名しました。2015年の共同プレス声明を受け、電波監理、サイバーセキュリティ、放送コンテンツ・放送技術及び移動通信を対象とします。",
    positionsJa: [MIC_VICE_MINISTER, "国家放送通信委員会事務局長", "国家放送通信委員会委員長"],
    eventsJa: [
      "バンコクで、国家放送通信委員会の委員長と佐渡島志郎駐タイ大使の立会いの下、鈴木茂樹総務審議官と同委員会の事務局長が署名しました。",
      "広島で総務省側が国家放送通信委員会の委員長と会談し、協力に関する覚書について検討していくことで合意しました。",
    ],
    relationNotesJa: [
      "記事によれば、両者は2015年の共同プレス声明の後も協議を重ねました。",
      "日本の記事は、この訪問で締結された覚書が、2015年4月の高市総務大臣の訪問の際に発表された共同声明に基づくものだと伝えています。",
    ],
  },
  "moc-postal-2021": {
    titleJa: "日本国総務省とタイ王国デジタル経済社会省との間の郵便分野における協力覚書（2021年）",
    summaryJa:
      "日本の総務省とタイのデジタル経済社会省との間の新たな郵便分野の覚書です。タイ内閣は、郵便分野の協力を継続するため、2020年5月19日以前にその案を承認し、両国の大臣が署名することとしました。日本側によれば、2021年8月11日に署名されました。名称の年は、同名の2016年の覚書と区別するため登録簿が付したものです。",
    positionsJa: [MDES_MINISTER, MIC_MINISTER],
    eventsJa: [
      "タイ内閣が覚書案を承認し、署名を認めました。2020年5月19日に首相府のNarumon Pinyosinwat報道官が発表しました。",
      "日本側の報道資料によれば、覚書が署名されました（署名者の記載はありません）。",
    ],
    relationNotesJa: [
      "2019年12月の記事は、2019年11月に失効した覚書に代わる新たな郵便分野の覚書を準備中であると伝えています。当事者と分野が一致するため、登録簿はこれがその覚書であると判断していますが、前の覚書は既に失効していたため、これに代わるものとしては記録していません。",
    ],
  },
};

/** Scope areas' Japanese labels: MIC's wording where its releases name the field (防災, 郵便, 電波監理, 移動通信, …). */
export const scopeAreaLabelsJa: Record<ScopeAreaKey, string> = {
  cybersecurity: "サイバーセキュリティ",
  "disaster-risk-reduction": "防災のためのICT",
  postal: "郵便",
  "knowledge-sharing": "技術・イノベーション・サービス・アプリケーションに関する知見の共有",
  "human-resource-development": "ICT・デジタル分野の人材育成",
  "open-secure-5g": "オープンで安全な5G",
  "ict-investment": "日本のICT企業によるタイへの投資",
  "innovation-ecosystem": "変革のためのイノベーション・エコシステム",
  "stakeholder-collaboration": "大学、企業、地域社会などの関係者間の協力",
  "joint-projects": "共同プロジェクト・活動",
  "other-ict": "双方が合意するその他の協力",
  "other-ict-fields": "その他のICT分野における協力",
  "experience-knowledge-exchange": "経験・知見の交換",
  "international-roaming": "国際ローミング料金の低廉化",
  broadcasting: "放送コンテンツ・放送技術",
  "spectrum-management": "電波監理",
  "mobile-communications": "移動通信",
};

/** The notes beside citations, by their English text (the same note may stand beside several citations). */
export const citationNotesJa: Record<string, string> = {
  "The item does not give the day of the Cabinet meeting and was written before the signing on 5 August 2022: the approval came on or before that day.":
    "記事は閣議の日付を記しておらず、2022年8月5日の署名の前に書かれたものです。承認はその日以前に行われました。",
  "The item, citing the Japan Times, calls it a memorandum of understanding and gives the Permanent Secretary's name in English only; no stored source writes it in Thai script, so the registry records the position and gives the name, as the item writes it, in this note.":
    "この記事はジャパンタイムズを引用して了解覚書と呼び、事務次官の名前を英語でのみ記しています。タイ文字で名前を記す保存済みの典拠はないため、登録簿は役職を記録し、名前は記事の表記のままこの注に記します。",
  "The source was written before the signing and names only the positions that were to sign; later items report that MIC's Vice-Minister for Policy Coordination Shigeki Suzuki concluded it, and GovInsider's English item says he signed it with the Permanent Secretary of the Ministry of Digital Economy and Society.":
    "この典拠は署名前に書かれたもので、署名予定者の役職のみを記しています。後の記事は鈴木茂樹総務審議官が締結したと伝え、GovInsiderの英語記事は、デジタル経済社会省事務次官と署名したとしています。",
  "The sentence does not say who met him for Japan; the sentence before it is about Minister Takaichi's visit of April 2015.":
    "この文は日本側で誰が会談したかを記していません。直前の文は2015年4月の高市総務大臣の訪問についてのものです。",
  "MIC's release of August 2022 says the Joint Statement was issued in May 2015; the minister's press conference of 30 April 2015 and MIC's own release of 8 May 2015 say it was signed on 30 April 2015. The registry follows the records written at the time.":
    "2022年8月の総務省報道資料は共同声明の発出を平成27年5月としていますが、2015年4月30日の大臣記者会見と同年5月8日の総務省報道資料は、署名を2015年4月30日としています。登録簿は当時の記録に従っています。",
  "The item's lead names NBTC beside the ICT ministry in the signing; Japan's minister said she signed the Joint Statement with the ICT Minister, and MIC's release says a separate joint press statement on telecommunications and broadcasting was issued on the same visit. The registry follows the Japanese side's records and keeps that statement as its own record.":
    "記事のリードは署名の当事者として情報通信技術省と並べて国家放送通信委員会を挙げていますが、日本の大臣は情報通信技術大臣と共同声明に署名したと述べており、総務省の報道資料は同じ訪問で通信・放送分野に関する別の共同プレス声明を発出したとしています。登録簿は日本側の記録に従い、その声明を別の記録としています。",
  "This item misspells the ministry's English name as “Ministry of International Affairs and Communications”; the correct name is Ministry of Internal Affairs and Communications.":
    "この記事は総務省の英語名を「Ministry of International Affairs and Communications」と誤記しています。正しくは Ministry of Internal Affairs and Communications です。",
  "The item gives no date; the registry records it as on or before 30 April 2015, when Japan's minister spoke of it as held at her press conference that day.":
    "記事に日付はありません。日本の大臣が2015年4月30日の記者会見で開催済みとして言及しているため、登録簿は同日以前として記録しています。",
  "The item gives no date; it was written before November 2016 (it speaks of a signing scheduled for that month).": "記事に日付はありません。2016年11月に予定された署名に触れているため、それ以前に書かれたものです。",
  "The item was written before the workshop; no source confirms that it took place.": "記事はワークショップの前に書かれたもので、実際に開催されたことを確認できる典拠はありません。",
  "The item was written before the workshop; no source found confirms that it took place (stored pages searched for “Workshop on CIIP Thailand Japan December 2016” and “การคุ้มครองโครงสร้างพื้นฐานสารสนเทศที่สำคัญ ญี่ปุ่น 2559” on 5 December 2026).":
    "記事はワークショップの前に書かれたもので、実際に開催されたことを確認できる典拠は見つかっていません（2026年12月5日、保存済みのページを「Workshop on CIIP Thailand Japan December 2016」及び「การคุ้มครองโครงสร้างพื้นฐานสารสนเทศที่สำคัญ ญี่ปุ่น 2559」で検索）。",
  "The item is dated 10 November 2016 and does not give the day of the Cabinet meeting: the approval came on or before that day.": "記事の日付は2016年11月10日で、閣議の日は記載されていません。承認は同日以前に行われたことになります。",
  "The full title is the draft's as the Cabinet approved it; the 2019 item calls it the MoC on postal affairs.": "正式名称は、内閣が承認した案のものです。2019年の記事は「郵便に関する覚書」と呼んでいます。",
  "The term and the notice period are those of the draft as reported before signing.": "有効期間と通告期間は、署名前に報じられた案のものです。",
  "The same item lists this MoC among those ‘currently’ in place while saying it expired in November 2019; the registry records the stated expiry.":
    "同じ記事は、この覚書が2019年11月に失効したと述べる一方で「現在」有効なものとして挙げています。登録簿は記載された失効を記録しています。",
  "The portal gives only “the 14th”; the trade-paper item dates the same Bangkok visit 14 November 2016 (平成28年11月14日).": "ポータルサイトには「14日」としかありません。業界紙の記事は、同じバンコク訪問を平成28年11月14日としています。",
  "The source was written before the signing and names only the positions that were to sign; later items report that MIC's Vice-Minister for Policy Coordination Shigeki Suzuki concluded it, but no source names the Thai signer.":
    "この典拠は署名前に書かれたもので、署名予定者の役職のみを挙げています。後の記事は鈴木茂樹総務審議官が締結したと伝えていますが、タイ側の署名者を記載した典拠はありません。",
  "The item says Mr Suzuki concluded the memorandum (覚書を締結) after meeting the Deputy Prime Minister; it does not say who signed for Thailand. His full name, 鈴木茂樹, is from the trade-paper item on the same visit.":
    "記事は、鈴木総務審議官が副首相との会談の後に覚書を締結したと述べていますが、タイ側の署名者は記載していません。氏名（鈴木茂樹）は、同じ訪問に関する業界紙の記事によります。",
  "The item is dated 5 June 2017 and speaks of ‘30 May just past’, i.e. 30 May 2017.": "記事の日付は2017年6月5日で、「去る5月30日」、すなわち2017年5月30日としています。",
  "The 2017 headline calls it an ‘MOU’, but its text says บันทึกความร่วมมือ (memorandum of cooperation), and the 2019 item calls it a Memorandum of Cooperation.":
    "2017年の見出しは「MOU」としていますが、本文は บันทึกความร่วมมือ（協力覚書）としており、2019年の記事も協力覚書と呼んでいます。",
  "The 2019 item names this MoC slightly differently from the 2017 item; the registry takes them to be the same instrument because the parties and the field match.":
    "2019年の記事は、2017年の記事とやや異なる名称でこの覚書を呼んでいます。当事者と分野が一致するため、登録簿は同じ文書と判断しています。",
  "The Japanese release calls the Ministry of Digital Economy and Society the successor of the Ministry of Information and Communication Technology (情報通信技術省の後身).":
    "総務省の報道資料は、デジタル経済社会省を「情報通信技術省の後身」としています。",
  "The item spells the surname “ดุรงคเวโจน์”; the registry's description uses the usual spelling “ดุรงคเวโรจน์”.": "記事は姓を「ดุรงคเวโจน์」と綴っています。登録簿の記述は通常の綴り「ดุรงคเวโรจน์」によります。",
  "The Thai item names Minister Chaiwut as announcing the signing but does not say who signed for Thailand; the Japanese side's release names Minister Chaiwut as the signer.":
    "タイの記事は、署名を発表した人物としてチャイウット大臣を挙げていますが、タイ側の署名者は記載していません。日本側の報道資料は、チャイウット大臣を署名者としています。",
  "The Thai item calls Mr Yoshida a State Minister (รัฐมนตรีช่วยว่าการ); MIC's own release gives his office as 総務審議官, which MIC calls Vice-Minister for Policy Coordination in English: a senior civil servant, not a political office. The registry follows the party's own record.":
    "タイの記事は吉田氏を「副大臣」（รัฐมนตรีช่วยว่าการ）としていますが、総務省自身の報道資料は役職を総務審議官としています。総務審議官は政治任用職ではなく幹部職員です。登録簿は当事者自身の記録に従っています。",
  "The item is dated Friday 5 August 2022 and gives no day for the signing or the exchange: both took place on or before that day.":
    "記事の日付は2022年8月5日（金）で、署名と交換の日は記載されていません。いずれも同日以前に行われたことになります。",
  "The sentence says that “on the same occasion” someone witnessed the exchange ceremony, without naming who; MIC is a party to this MoC, so the registry does not record an MIC official as its witness.":
    "この文は「同じ機会に」交換式への立会いがあったと述べていますが、誰かは記載していません。総務省はこの覚書の当事者であるため、登録簿は総務省の職員を立会人として記録していません。",
  "The same sentence reports the signing of the ICT Joint Statement and the issuing of this statement, on 30 April (2015).": "同じ文が、（2015年）4月30日のICT分野の共同声明への署名とこの声明の発出を伝えています。",
  "The item says the statement was issued after the talks with the NBTC Chairman (whom the source names only in Japanese script, タレス): the registry takes NBTC to be the other side.":
    "記事は、国家放送通信委員会の委員長（典拠では「タレス」とのみ表記）との会談の後に声明が発出されたと述べています。登録簿は、同委員会を相手方と判断しています。",
  "The source calls it 覚書 (memorandum) without saying whether it is a memorandum of cooperation or of understanding.": "典拠は「覚書」としており、協力覚書か了解覚書かは記載していません。",
  "The source gives the Secretary-General's name only in Japanese script (タコーン): the registry records the position only.": "典拠は事務局長の名前を「タコーン」とのみ表記しているため、登録簿は役職のみを記録しています。",
  "The source gives the Chairman's name only in Japanese script (タレス). The other witness, Japan's Ambassador, acts for neither party and is named in the signing's description.":
    "典拠は委員長の名前を「タレス」とのみ表記しています。もう一人の立会人である日本の大使は、いずれの当事者も代表しないため、署名の説明の中で記載しています。",
  "The item is from May 2020; the spokesperson said on 19 May that the Cabinet had approved it, so the approval came on or before that day. The item's English title wrongly reads “…Ministry of Internal Affairs and Communications of Thailand”.":
    "記事は2020年5月のものです。報道官は5月19日に内閣が承認したと述べているため、承認は同日以前に行われたことになります。記事の英語の見出しは誤って「…Ministry of Internal Affairs and Communications of Thailand」としています。",
  "The Japanese side's 2022 release gives the signature date in its list of fields of cooperation, without naming the signers.": "日本側の2022年の報道資料は、協力分野の一覧の中で署名日を示していますが、署名者は記載していません。",
};

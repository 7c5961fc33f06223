-- Search that understands its readers (issue 28): synonym sets editors can
-- extend (an abbreviation or a kind matches its full forms in three
-- languages), and a version on each index document so documents written by
-- an older indexer (without kinds and years) are rewritten at start.
BEGIN;
ALTER TABLE "SearchDocument" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

CREATE TABLE "SearchSynonym" (
  "id" SERIAL PRIMARY KEY,
  -- Lower-cased terms, each a word or a phrase. A query word equal to one of
  -- them also matches every other.
  "terms" TEXT[] NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "SearchSynonym_terms_idx" ON "SearchSynonym" USING GIN ("terms");

-- The abbreviations and kinds readers type, with the forms the records use.
INSERT INTO "SearchSynonym" ("terms") VALUES
  (ARRAY['moc', 'memorandum of cooperation', 'บันทึกความร่วมมือ', '協力覚書', '協力に関する覚書']),
  (ARRAY['mou', 'memorandum of understanding', 'บันทึกความเข้าใจ', '了解覚書']),
  (ARRAY['js', 'joint statement', 'แถลงการณ์ร่วม', '共同声明']),
  (ARRAY['ai', 'artificial intelligence', 'ปัญญาประดิษฐ์', '人工知能']),
  (ARRAY['ict', 'information and communication technology', 'information and communications technology', 'ไอซีที', 'เทคโนโลยีสารสนเทศและการสื่อสาร', '情報通信技術', '情報通信']),
  (ARRAY['5g', 'fifth generation', '第5世代移動通信システム']),
  (ARRAY['postal', 'ไปรษณีย์', '郵便']),
  (ARRAY['mic', 'ministry of internal affairs and communications', 'กระทรวงกิจการภายในและการสื่อสาร', '総務省']),
  (ARRAY['mdes', 'ministry of digital economy and society', 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'デジタル経済社会省']);
COMMIT;

import { useTranslations } from "next-intl";
import { SEED_ARCHIVER } from "@/lib/sources/media";

/** Who acted, as staff pages name them: a staff member by e-mail, the seed in words, a command (npm run user:create) as code. */
export function ActorName({ email }: { email: string | null }) {
  const t = useTranslations("Editor");
  if (email === SEED_ARCHIVER) return t("sources.seedArchiver");
  if (!email || email.includes("@")) return email;
  return <code>{email}</code>;
}

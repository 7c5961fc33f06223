// The three message files, for texts made outside a page's request (feeds,
// calendars, e-mails, the 503 page), where next-intl's request config does
// not apply.
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import th from "@/messages/th.json";
import type { Locale } from "@/i18n/locales";

export const allMessages = { th, en, ja } as const;
export const messagesFor = (locale: Locale) => allMessages[locale];

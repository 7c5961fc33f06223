import { getMessages } from "next-intl/server";

/** Only the namespaces client components use: public pages ship none. */
export async function clientMessages(...namespaces: string[]) {
  const all = await getMessages();
  return Object.fromEntries(namespaces.map((n) => [n, all[n]]));
}

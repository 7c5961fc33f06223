// The watch pages' URL parameters: anything unknown falls back to the default
// list, so a hand-edited URL shows a page, never an error.
import { z } from "zod";
import { WATCH_VIEWS, WATCH_WINDOWS, type WatchView, type WatchWindow } from "@/lib/agreements/watch";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);
const windowOf = (v: unknown): WatchWindow | undefined => WATCH_WINDOWS.find((m) => String(m) === v);

export function parseWatchParams(raw: Record<string, string | string[] | undefined>, views: readonly WatchView[] = WATCH_VIEWS): { view: WatchView; months: WatchWindow; page: number } {
  const schema = z.object({
    view: z.preprocess(first, z.enum(views as [WatchView, ...WatchView[]]).catch("deadlines")),
    months: z.preprocess(first, z.custom<WatchWindow>((v) => windowOf(v) !== undefined).transform((v) => windowOf(v)!).catch(6)),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)),
  });
  return schema.parse(raw) as { view: WatchView; months: WatchWindow; page: number };
}

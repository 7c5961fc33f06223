import { useTranslations } from "next-intl";
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";

// Text colours on light fills, each pair above 4.5:1 contrast.
export const STATUS_STYLES: Record<LifecycleStatus, string> = {
  draft: "bg-slate-100 text-slate-800 border-slate-300",
  approved: "bg-sky-50 text-sky-900 border-sky-300",
  signed: "bg-indigo-50 text-indigo-900 border-indigo-300",
  in_effect: "bg-emerald-50 text-emerald-900 border-emerald-400",
  expired: "bg-stone-100 text-stone-800 border-stone-300",
  terminated: "bg-rose-50 text-rose-900 border-rose-300",
  superseded: "bg-amber-50 text-amber-900 border-amber-300",
  unknown: "bg-yellow-50 text-yellow-900 border-yellow-400",
};

export function StatusBadge({ status }: { status: LifecycleStatus }) {
  const t = useTranslations("Status");
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_STYLES[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}

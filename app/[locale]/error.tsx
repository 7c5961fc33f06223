"use client";

import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import type en from "@/messages/en.json";

type Texts = (typeof en)["Unavailable"];

// Reached when a page fails after the proxy's health check passed (e.g. the
// database went away mid-request): the same words as the 503 page. The texts
// are loaded only when this happens, so no page carries them (or an i18n
// runtime) in its JavaScript.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useParams<{ locale: string }>()?.locale;
  const [t, setTexts] = useState<Texts | null>(null);
  useEffect(() => {
    const load = locale === "en" ? import("@/messages/en.json") : locale === "ja" ? import("@/messages/ja.json") : import("@/messages/th.json");
    load.then((m) => setTexts(m.default.Unavailable));
  }, [locale]);
  return (
    <div className="rounded-lg border border-line bg-paper p-8" data-testid="unavailable" aria-busy={t === null}>
      {t ? (
        <>
          <h1 className="text-2xl font-semibold">{t.heading}</h1>
          <p className="mt-2">{t.body}</p>
          <button type="button" onClick={reset} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-paper">
            {t.retry}
          </button>
        </>
      ) : null}
    </div>
  );
}

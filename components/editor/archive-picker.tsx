"use client";
// Picking a passage from a source's own archived text (issue 27): the
// editor opens the copy beside the source, selects a passage with the mouse
// or keyboard, and makes it a citation. The quote is then the archive's text
// itself, verbatim by construction; pasting stays for sources with no copy.
import { useRef, useState } from "react";
import { useEditorForm } from "@/components/editor/form-context";

type Loaded = { state: "closed" } | { state: "loading" } | { state: "failed" } | { state: "open"; text: string };

export function ArchivePicker({ sourceIndex, sourceId, lang }: { sourceIndex: number; sourceId: number; lang?: string }) {
  const { values, set, t } = useEditorForm();
  const [loaded, setLoaded] = useState<Loaded>({ state: "closed" });
  const [hint, setHint] = useState("");
  const box = useRef<HTMLDivElement>(null);

  async function toggle() {
    if (loaded.state === "open" || loaded.state === "failed") return setLoaded({ state: "closed" });
    setLoaded({ state: "loading" });
    try {
      const response = await fetch(`/api/editor/sources/${sourceId}/archive`, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      setLoaded({ state: "open", text: ((await response.json()) as { text: string }).text });
    } catch {
      setLoaded({ state: "failed" });
    }
  }

  function takeSelection() {
    const selection = window.getSelection();
    const inside = selection && selection.rangeCount > 0 && box.current?.contains(selection.getRangeAt(0).commonAncestorContainer);
    const quote = inside ? selection.toString().trim() : "";
    if (!quote) return setHint(t("pick.selectFirst"));
    const n = values.citations.length;
    set(["citations"], [...values.citations, { source: sourceIndex, quote, quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", noteJa: "", facts: [] }]);
    selection!.removeAllRanges();
    setHint(t("pick.added", { n: n + 1 }));
    // On to the new passage's facts, once it is on the page.
    requestAnimationFrame(() => document.getElementById(`f-citations-${n}-quote`)?.focus());
  }

  return (
    <div className="sm:col-span-2" data-testid="archive-picker">
      <button type="button" onClick={() => void toggle()} aria-expanded={loaded.state === "open"} className="text-sm text-brand underline">
        {loaded.state === "open" ? t("pick.close") : t("pick.open")}
      </button>
      {loaded.state === "loading" ? (
        <p role="status" className="text-sm text-muted">
          {t("pick.loading")}
        </p>
      ) : null}
      {loaded.state === "failed" ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {t("pick.failed")}
        </p>
      ) : null}
      {loaded.state === "open" ? (
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-xs text-muted">{t("pick.explain")}</p>
          <div ref={box} lang={lang} tabIndex={0} aria-label={t("pick.textLabel")} className="max-h-96 overflow-auto whitespace-pre-wrap rounded border border-line bg-paper p-3 text-sm" data-testid="archive-text">
            {loaded.text}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            {/* mousedown would move the focus and lose the selection: the click alone acts. */}
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={takeSelection} className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-brand-soft" data-testid="use-selection">
              {t("pick.use")}
            </button>
            <span role="status" className="text-sm">
              {hint}
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}

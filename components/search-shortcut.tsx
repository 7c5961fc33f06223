"use client";

import { useEffect } from "react";

/** "/" focuses the search box from anywhere on the page, unless one is typing. */
export function SearchShortcut({ inputId }: { inputId: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        event.preventDefault();
        input.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    // Marks the box once "/" works, so a test (or a curious reader) can tell.
    document.getElementById(inputId)?.setAttribute("data-shortcut", "ready");
    return () => document.removeEventListener("keydown", onKey);
  }, [inputId]);
  return null;
}

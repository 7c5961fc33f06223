/** Opens the print dialog through the page script (lib/browser/page-script.ts), not a client component. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-print="" className="rounded border border-line px-3 py-1 text-sm hover:bg-wash">
      {label}
    </button>
  );
}

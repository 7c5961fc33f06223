import Link from "next/link";

// Reached only for paths outside any locale that the proxy does not redirect
// (it redirects everything else to /th or /en): a bilingual plain page.
export default function RootNotFound() {
  return (
    <html lang="th">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <h1>ไม่พบหน้าที่ต้องการ</h1>
        <p>
          <Link href="/th">ไปหน้าแรก</Link>
        </p>
        <h2 lang="en">Page not found</h2>
        <p lang="en">
          <Link href="/en">Go to the home page</Link>
        </p>
      </body>
    </html>
  );
}

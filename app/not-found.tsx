import Link from "next/link";

// Reached only for paths outside any locale that the proxy does not redirect
// (it redirects everything else to /th, /en or /ja): a plain page in the three languages.
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
        <h2 lang="ja">ページが見つかりません</h2>
        <p lang="ja">
          <Link href="/ja">ホームページへ</Link>
        </p>
      </body>
    </html>
  );
}

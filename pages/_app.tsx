import "@fontsource/noto-sans-thai/400.css";
import "@fontsource/noto-sans-thai/600.css";
import "../app/globals.css";
import type { AppProps } from "next/app";

// The same fonts and styles as app/[locale]/layout.tsx.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}

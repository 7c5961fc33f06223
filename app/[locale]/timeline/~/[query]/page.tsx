// This list with a query string: proxy.ts moves the query into the path so
// that the page is cached whole like any other (lib/cache/pages.ts).
export { default, generateMetadata, generateStaticParams } from "../../page";

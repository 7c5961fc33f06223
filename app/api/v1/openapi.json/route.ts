import { cacheableJson, preflight } from "@/lib/http/cacheable";
import { openApiDocument } from "@/lib/api/openapi";

export function OPTIONS() {
  return preflight();
}

export function GET(request: Request) {
  return cacheableJson(request, openApiDocument);
}

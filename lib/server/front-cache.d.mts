import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnswerStore } from "./answer-store.mjs";

export declare const MARK: "x-registry-shared";
export declare const FROM_HEADER: "x-registry-cache";
export declare const TTL_MS: number;
export declare function cacheGeneration(): number;
export declare function bumpCacheGeneration(): void;
export declare function asksForPartOfPage(req: IncomingMessage): boolean;
export declare function keyOf(req: IncomingMessage): string | null;
export declare function acceptsGzip(header: string | undefined): boolean;
export declare class FrontCache {
  constructor(options?: { now?: () => number; generation?: () => number; store?: AnswerStore | null });
  serve(req: IncomingMessage, res: ServerResponse, handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>): Promise<unknown>;
}

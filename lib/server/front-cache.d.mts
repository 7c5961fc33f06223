import type { IncomingMessage, ServerResponse } from "node:http";

export declare const MARK: "x-registry-shared";
export declare const TTL_MS: number;
export declare function cacheGeneration(): number;
export declare function bumpCacheGeneration(): void;
export declare function keyOf(req: IncomingMessage): string | null;
export declare class FrontCache {
  constructor(options?: { now?: () => number; generation?: () => number });
  serve(req: IncomingMessage, res: ServerResponse, handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>): Promise<unknown>;
}

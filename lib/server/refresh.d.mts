import type { IncomingMessage } from "node:http";

export declare const REFRESH_HEADER: "x-registry-refresh";
export declare function refreshToken(): string;
export declare function isRefresh(req: IncomingMessage): boolean;
export declare const INTERNAL_HEADER: "x-registry-internal";
export declare function isInternal(req: IncomingMessage): boolean;
export declare function isOwnRequest(headers: { get(name: string): string | null }): boolean;

import type { IncomingMessage } from "node:http";

export declare const REFRESH_HEADER: "x-registry-refresh";
export declare function refreshToken(): string;
export declare function isRefresh(req: IncomingMessage): boolean;

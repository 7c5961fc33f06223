import type { IncomingMessage } from "node:http";
export declare function hasSessionCookie(req: IncomingMessage): boolean;

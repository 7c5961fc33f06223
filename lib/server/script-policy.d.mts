import type { IncomingMessage, ServerResponse } from "node:http";

export declare function policyFor(html: string): string;
export declare function withScriptPolicy(req: IncomingMessage, res: ServerResponse, handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown): Promise<unknown> | unknown;

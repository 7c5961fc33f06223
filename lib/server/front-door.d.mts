import type { IncomingMessage, ServerResponse } from "node:http";
import type { Admission } from "./admission.mjs";

export declare const CLIENT_HEADER: "x-registry-client";
export declare const HSTS: string;
export declare const BODY_MAX_BYTES: number;
export declare const BODY_BUDGET_BYTES: number;
export declare function trustedProxies(list?: string): (address: string, hop: number) => boolean;
export declare function clientOf(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
export declare function laneOf(req: IncomingMessage): "staff" | "anonymous" | "search" | "public" | null;
export declare function passwordInQuery(query: string): boolean;
export declare class FrontDoor {
  constructor(env?: Record<string, string | undefined>);
  readonly lanes: Record<"public" | "search" | "staff" | "anonymous", Admission>;
  readonly bodyBytes: number;
  admit(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  enterApp(req: IncomingMessage, res: ServerResponse): Promise<{ request: IncomingMessage; done: () => void } | null>;
}

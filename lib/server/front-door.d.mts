import type { IncomingMessage, ServerResponse } from "node:http";

export declare const CLIENT_HEADER: "x-registry-client";
export declare const HSTS: string;
export declare function trustedProxies(list?: string): (address: string, hop: number) => boolean;
export declare function clientOf(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
export declare function laneOf(req: IncomingMessage): "staff" | "public" | null;
export declare class FrontDoor {
  constructor(env?: Record<string, string | undefined>);
  readonly lanes: Record<"public" | "staff", { active: number; waiting: unknown[] }>;
  admit(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  enterApp(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

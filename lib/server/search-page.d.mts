import type { IncomingMessage, ServerResponse } from "node:http";
export declare const COMPOSER: unique symbol;
export declare const COMPOSED_HEADER: string;
export declare function asksForSearch(url: string): boolean;
export declare function isSearchPage(req: IncomingMessage): boolean;
export declare function serveComposed(req: IncomingMessage, res: ServerResponse): Promise<boolean>;

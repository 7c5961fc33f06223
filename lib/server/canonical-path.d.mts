export declare function canonicalPath(path: string): string | null;
export declare function splitTarget(url: string): [string, string];
export declare const LOCALES: string[];

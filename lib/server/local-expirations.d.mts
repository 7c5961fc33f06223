export declare function noteExpired(tags: string[], at: number): void;
export declare function expiredSince(tags: string[], since: number): boolean;
export declare function expiredAt(tag: string): number;

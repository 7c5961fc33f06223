export declare function buildId(): string;

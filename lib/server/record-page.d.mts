export declare const RECORD_PAGE: RegExp;
export declare function withoutClientRuntime(html: string): string;
export declare function isWithoutRuntime(url: string | undefined): boolean;
export declare const VALID_FOR_EVER: "never";
export declare const VALID_UNTIL_META: "registry-valid-until";
export declare function validUntilOf(html: string): string | null;

export declare const RECORD_PAGE: RegExp;
export declare function withoutClientRuntime(html: string): string;
export declare function isRecordPage(url: string | undefined): boolean;

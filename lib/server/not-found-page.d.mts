export declare function isEmptyErrorDocument(html: string): boolean;
export declare function localeOf(url: string | undefined): string | null;
export declare function notFoundPage(locale: string): Promise<string | null>;
export declare function forAddress(html: string, url: string | undefined): string;

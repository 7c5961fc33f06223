export declare const SHARED_MARK: "x-registry-shared";
export declare const PUBLIC_PAGE_CACHE_CONTROL: "public, max-age=0, must-revalidate";
export declare const VALID_UNTIL_HEADER: "x-registry-valid-until";
export declare const VALID_FOR_EVER: "never";

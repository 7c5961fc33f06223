export declare const STAFF_PAGE: RegExp;

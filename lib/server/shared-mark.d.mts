export declare const SHARED_MARK: "x-registry-shared";

export declare const CLIENT_HEADER: "x-registry-client";

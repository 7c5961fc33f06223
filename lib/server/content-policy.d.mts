export declare const FRAMING_POLICY: string[];

export declare const LEARNING_LAG_MS: number;
export declare function bangkokDay(now?: number): string;
export declare function nextDay(day: string): string;
export declare function validUntil(headers: [string, string][], day: string): string | null;
export declare function storeKeyOf(url: string | undefined): string | null;
export interface StoredReply {
  status: number;
  headers: [string, string][];
  body: Buffer;
}
export declare class AnswerStore {
  constructor(options?: { url?: string; now?: () => number; build?: string });
  readonly available: boolean;
  counts: { hits: number; saves: number };
  lookup(key: string, acceptsGzip: boolean): Promise<StoredReply | null>;
  save(key: string, answer: StoredReply, startedAt: number): void;
  endingOn(day: string): Promise<string[]>;
  exclusively<T>(name: string, body: () => Promise<T>): Promise<T | null>;
  close(): Promise<void>;
}

export declare const LEARNING_LAG_MS: number;
export declare function bangkokDay(now?: number): string;
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
  close(): Promise<void>;
}

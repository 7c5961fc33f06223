export declare class Admission {
  constructor(options: { limit: number; queue: number; waitMs: number; perClient?: number });
  readonly limit: number;
  readonly active: number;
  readonly waiting: unknown[];
  readonly byClient: Map<string, number>;
  enter(client?: string, signal?: AbortSignal): Promise<(() => void) | null>;
}

export declare const MEMORY_BUDGET: { heapBytes: number; nextCacheUnits: number; frontCacheBytes: number; bodyBytes: number };

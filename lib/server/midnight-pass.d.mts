import type { AnswerStore } from "./answer-store.mjs";
export declare const LOCK: string;
export declare function untilNextPass(now: number): number;
export declare class MidnightPass {
  constructor(options: { store: AnswerStore; self: string; now?: () => number; render?: (self: string, paths: string[]) => Promise<number>; log?: (line: string) => void });
  run(): Promise<number>;
  start(): this;
  stop(): void;
}

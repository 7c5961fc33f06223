export declare function renderAgain(self: string, paths: string[], current?: () => boolean): Promise<number>;

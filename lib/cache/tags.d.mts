export declare const LISTS: "public:lists";
export declare const recordTag: (slug: string) => string;
export declare const sourceTag: (key: string) => string;
export declare function answerTags(path: string): string[];

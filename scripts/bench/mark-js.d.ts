// mark.js ships no types; the benchmark uses only this much of it.
declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    mark(
      keywords: string | string[],
      options?: {
        separateWordSearch?: boolean;
        accuracy?: 'partially' | 'complementary' | 'exactly';
        caseSensitive?: boolean;
        diacritics?: boolean;
        each?: (element: Element) => void;
      },
    ): void;
  }
}

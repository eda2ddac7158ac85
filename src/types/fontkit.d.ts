/** The part of fontkit (a dependency of pdfmake, used directly to measure text) that naskah uses. */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Buffer): Font;
}

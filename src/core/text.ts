/** Text in both languages the product speaks. Vietnamese first. */
export interface Bilingual {
  vi: string;
  en: string;
}

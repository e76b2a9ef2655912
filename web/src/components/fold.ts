/** Folds case and Vietnamese diacritics so a search for "so noi vu" finds "Sở Nội vụ". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

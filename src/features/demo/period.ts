export const DEMO_PERIOD_NAME = 'Đánh giá Chỉ số CCHC năm 2026';

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

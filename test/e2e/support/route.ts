// Addresses of the web app's screens (hash routes), each part encoded, so page objects do not
// each build them by hand: route('periods', periodId, 'results') → /#/periods/<id>/results.
export function route(...parts: string[]): string {
  return `/#/${parts.map(encodeURIComponent).join('/')}`;
}

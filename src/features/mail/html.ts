// Text → HTML for e-mail bodies: everything a person typed is escaped, line breaks kept.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped, with each line break as <br>. */
export function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

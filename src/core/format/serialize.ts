import { Document } from 'yaml';
import type { Framework } from '../framework';
import { toFile } from './to-file';

/**
 * Framework → YAML text in the canonical layout: fixed key order, block style, one node per
 * block, no line folding (a long Vietnamese label stays on one line, so a changed word shows
 * as one changed line in a diff). parseFramework(serializeFramework(fw)) deep-equals fw.
 */
export function serializeFramework(fw: Framework): string {
  const doc = new Document(toFile(fw));
  doc.commentBefore = ' Bộ tiêu chí Chỉ số CCHC / PAR Index criteria set — format: docs/FRAMEWORK_FORMAT.md';
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true });
}

/** The same content as JSON (2-space indent, same key order), for tools that prefer JSON. */
export function serializeFrameworkJson(fw: Framework): string {
  return `${JSON.stringify(toFile(fw), null, 2)}\n`;
}

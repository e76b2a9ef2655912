import type { Budget, ImportLimits } from '../limits';
import type { ConvertedDocument } from '../types';

/** One file format → rows of cells. Recognition never sees the format's own structures. */
export interface Converter {
  convert(bytes: Uint8Array, context: { limits: ImportLimits; budget: Budget }): Promise<ConvertedDocument>;
}

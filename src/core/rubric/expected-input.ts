/** Which declaration each rubric shape asks for: the form (web, CLI, import) builds its field from this. */
import type { Rubric, RubricInput } from './types';

export function expectedInput(rubric: Rubric): RubricInput['type'] {
  switch (rubric.type) {
    case 'levels':
    case 'share-of-max':
      return 'level';
    case 'deadline':
      return 'date';
    case 'percent-bands':
    case 'proportional':
      return 'ratio';
    case 'deduction':
    case 'count':
      return 'count';
    case 'checklist':
      return 'checklist';
    case 'yes-no':
      return 'yes-no';
    case 'manual':
      return 'manual';
  }
}

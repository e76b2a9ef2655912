// An item's appraisal state as a coloured tag, the same in the queue, item and council screens.
import { Tag } from 'antd';
import type { ItemState } from '../../../../src/shared/api/appraisal';
import type { AppraisalMessages } from './messages';

const colors: Record<ItemState, string> = {
  'to-appraise': 'default',
  appraised: 'green',
  returned: 'orange',
  answered: 'blue',
};

export function StateTag({ state, m }: { state: ItemState; m: AppraisalMessages }) {
  return (
    <Tag color={colors[state]} data-testid="item-state" data-state={state}>
      {m.states[state]}
    </Tag>
  );
}

// An antd Table whose rows work from the keyboard: each row is a tab stop, Enter (or a click)
// opens it, arrow keys move between rows. Clicks and Enter on buttons inside a row stay theirs.
import { Table } from 'antd';
import type { TableProps } from 'antd';
import type { KeyboardEvent, MouseEvent } from 'react';

export interface KeyboardTableProps<T> extends TableProps<T> {
  onOpen?: (row: T) => void;
  /** What a screen reader announces for the row, e.g. its code and name. */
  rowLabel: (row: T) => string;
}

const INTERACTIVE = 'button, a, input, textarea, select, [role="switch"], .ant-select';

function moveFocus(row: HTMLElement, dir: 1 | -1): void {
  let next = dir === 1 ? row.nextElementSibling : row.previousElementSibling;
  while (next && !(next instanceof HTMLElement && next.classList.contains('chiso-row'))) {
    next = dir === 1 ? next.nextElementSibling : next.previousElementSibling;
  }
  if (next instanceof HTMLElement) next.focus();
}

export function KeyboardTable<T extends object>({ onOpen, rowLabel, className, onRow, ...rest }: KeyboardTableProps<T>) {
  return (
    <Table<T>
      {...rest}
      className={['chiso-table', className].filter(Boolean).join(' ')}
      onRow={(record, index) => ({
        // The caller's own row attributes (data-testid …) first; keyboard handling wins.
        ...onRow?.(record, index),
        tabIndex: 0,
        className: 'chiso-row',
        'aria-label': rowLabel(record),
        onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
          if (e.target !== e.currentTarget) return;
          if (e.key === 'Enter' && onOpen) {
            e.preventDefault();
            onOpen(record);
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
          }
        },
        onClick: (e: MouseEvent<HTMLElement>) => {
          if (!onOpen || (e.target instanceof Element && e.target.closest(INTERACTIVE))) return;
          onOpen(record);
        },
      })}
    />
  );
}

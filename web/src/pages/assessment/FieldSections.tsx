// The form body: one collapsible section per field with its running score, criteria as
// sub-headings, and an ItemRow per leaf that passes the filter.
import { Collapse, Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Locale } from '../../api/types';
import { ItemRow } from '../../components/assessment/ItemRow';
import type { ItemHandlers } from '../../components/assessment/ItemRow';
import type { ItemState } from './autosave';
import type { Evidence, FieldSummary, FormNode } from './contract';
import { childrenOf, fmtIndex, fmtPoints, leavesUnder, nodeName } from './format';
import type { AssessmentMessages } from './messages';

interface Props {
  fields: FormNode[];
  byId: Map<string, FormNode>;
  byField: Map<string, FieldSummary>;
  states: Map<string, ItemState>;
  visible: (nodeId: string) => boolean;
  evidence: Map<string, Evidence>;
  editable: boolean;
  locale: Locale;
  a: AssessmentMessages;
  open: string[];
  onOpen: (keys: string[]) => void;
  handlers: ItemHandlers;
}

export function FieldSections(props: Props) {
  const { fields, byId, byField, states, visible, locale, a, open, onOpen } = props;

  const renderNode = (node: FormNode, depth: number): ReactNode => {
    if (node.leaf) {
      const state = states.get(node.id);
      if (!state || !visible(node.id)) return null;
      return (
        <ItemRow
          key={node.id}
          node={node}
          state={state}
          evidence={props.evidence}
          editable={props.editable}
          locale={locale}
          a={a}
          {...props.handlers}
        />
      );
    }
    const inner = childrenOf(node, byId).map((c) => renderNode(c, depth + 1));
    if (inner.every((x) => x === null)) return null;
    return (
      <div key={node.id} className="chiso-criterion">
        <div className="chiso-criterion-head" style={{ paddingInlineStart: (depth - 1) * 12 }}>
          <Typography.Text strong>
            {node.code ?? ''} {nodeName(node, locale)}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">({a.groupMax(fmtPoints(node.max, locale))})</Typography.Text>
        </div>
        {inner}
      </div>
    );
  };

  const sections = fields
    .map((field) => {
      const leaves = leavesUnder(field, byId);
      const shown = leaves.filter((l) => visible(l.id)).length;
      const sum = byField.get(field.id);
      return {
        key: field.id,
        shown,
        label: (
          <Flex justify="space-between" align="center" gap={8} wrap data-testid="field-header">
            <Typography.Text strong style={{ minWidth: 0 }}>
              {field.code ?? ''} {nodeName(field, locale)}
            </Typography.Text>
            <Flex gap={4}>
              <Tag color="blue" data-testid="field-score">
                {a.fieldScore(fmtPoints(sum?.self ?? null, locale), fmtPoints(sum?.max ?? field.max, locale))}
              </Tag>
              {sum?.index ? <Tag>{fmtIndex(sum.index, locale)}</Tag> : null}
            </Flex>
          </Flex>
        ),
        children: field.leaf ? renderNode(field, 1) : childrenOf(field, byId).map((c) => renderNode(c, 1)),
      };
    })
    .filter((s) => s.shown > 0);

  if (sections.length === 0) return <Empty description={a.noneMatch} />;
  return (
    <>
    <div className="chiso-item-legend" aria-hidden>
      <span>{a.criterion}</span>
      <span>{a.max}</span>
      <span>{a.input}</span>
      <span>{a.points}</span>
      <span>{a.note}</span>
    </div>
    <Collapse
      activeKey={open}
      onChange={(k) => onOpen(Array.isArray(k) ? k.map(String) : [String(k)])}
      items={sections.map(({ key, label, children }) => ({ key, label, children }))}
      className="chiso-fields"
    />
    </>
  );
}

// One leaf of the form: code, name and max; the rubric's input; the points the server computed
// with its explanation; the unit's explanation text; evidence chips; N/A with its reason; a flag.
// Ctrl+Enter (or the arrow button) moves to the next criterion's first input.
import { Button, Flex, Input, Switch, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, FlagFilled, FlagOutlined, HistoryOutlined, PaperClipOutlined } from '@ant-design/icons';
import { memo, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Locale } from '../../api/types';
import { formatDateTime } from '../format';
import type { ItemState } from '../../pages/assessment/autosave';
import type { Evidence, FormNode, ItemInput, ItemPatch } from '../../pages/assessment/contract';
import { fmtPoints, nodeName } from '../../pages/assessment/format';
import type { AssessmentMessages } from '../../pages/assessment/messages';
import { ConflictPanel } from './ConflictPanel';
import { withoutDeadlineErrors } from './deadline';
import { RubricField } from './RubricField';
import { SaveState } from './SaveState';
import './assessment.css';

/** What an item asks of the form around it; the form passes the same set to every row. */
export interface ItemHandlers {
  onEdit: (nodeId: string, patch: ItemPatch, immediate: boolean) => void;
  onRetry: (nodeId: string) => void;
  onResolve: (nodeId: string, choice: 'mine' | 'theirs' | 'merge') => void;
  onAttach: (nodeId: string) => void;
  onHistory: (nodeId: string) => void;
  onNext: (nodeId: string) => void;
}

interface Props extends ItemHandlers {
  node: FormNode;
  state: ItemState;
  evidence: Map<string, Evidence>;
  editable: boolean;
  locale: Locale;
  a: AssessmentMessages;
}

function ItemRowView({ node, state, evidence, editable, locale, a, onEdit, onRetry, onResolve, onAttach, onHistory, onNext }: Props) {
  const leaf = node.leaf;
  const { item, local } = state;
  const [naOpen, setNaOpen] = useState(local.na !== null);
  const [naReason, setNaReason] = useState(local.na?.reason ?? '');
  useEffect(() => {
    setNaOpen(local.na !== null || (naOpen && naReason.trim() === ''));
    if (local.na) setNaReason(local.na.reason);
    // Only the saved value may reset the toggle; typing a reason must not.
  }, [local.na?.reason, local.na === null]);
  if (!leaf) return null;
  const code = node.code ?? '';
  const name = nodeName(node, locale);
  const label = `${code} ${name}`.trim();
  const byAppraiser = leaf.scoredBy === 'appraiser' || leaf.scoredBy === 'survey';
  const disabled = !editable || byAppraiser;
  const naReasonMissing = naOpen && naReason.trim() === '';
  const flags = item.flags.filter((f) => f.code !== 'flagged' && f.code !== 'input-error');
  // An N/A item is not scored: errors about its (kept) input no longer apply. A leaf still
  // waiting for its deadline says so beside the date instead of repeating the rubric's error.
  const inputErrors = local.na ? [] : withoutDeadlineErrors(leaf, item.errors);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onNext(node.id);
    }
  };

  return (
    <div
      className={`chiso-item${local.flagged ? ' chiso-item-flagged' : ''}`}
      data-testid="assessment-item"
      data-code={code}
      data-node-id={node.id}
      data-scored-by={leaf.scoredBy}
      data-answered={local.input !== null || local.na !== null ? 'yes' : 'no'}
      id={`item-${node.id}`}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={label}
    >
      <div className="chiso-item-head">
        <div className="chiso-item-name">
          <Typography.Text strong className="chiso-item-code">
            {code}
          </Typography.Text>{' '}
          <span>{name}</span>
          {leaf.evidenceHint ? (
            <div>
              <Typography.Text type="secondary" className="chiso-item-hint">
                {a.evidenceHint}: {leaf.evidenceHint}
              </Typography.Text>
            </div>
          ) : null}
        </div>
        <div className="chiso-item-max">
          <Typography.Text type="secondary">{a.max}</Typography.Text>
          <div>
            <strong>{fmtPoints(node.max, locale)}</strong>
          </div>
        </div>
      </div>
      <div className="chiso-item-body">
        <div className="chiso-item-input">
          {byAppraiser ? <Tag color="purple">{a.scoredByAppraiser}</Tag> : null}
          {local.na ? (
            <Tag color="default">{a.na}</Tag>
          ) : (
            <RubricField
              leaf={leaf}
              value={local.input}
              onChange={(input: ItemInput | null, immediate) => onEdit(node.id, { input }, immediate)}
              disabled={disabled}
              errors={inputErrors}
              locale={locale}
              a={a}
              label={label}
            />
          )}
          {inputErrors.length > 0 ? (
            <div role="alert" data-testid="input-errors">
              {inputErrors.map((e, i) => (
                <Typography.Text type="danger" key={i} style={{ display: 'block' }}>
                  {e[locale]}
                </Typography.Text>
              ))}
            </div>
          ) : null}
        </div>
        <div className="chiso-item-points" data-testid="item-points">
          <div className="chiso-points-value" data-testid="item-points-value">
            {item.points !== null ? fmtPoints(item.points, locale) : '–'}
          </div>
          {item.explanation ? (
            <Typography.Text type="secondary" className="chiso-points-why" data-testid="item-explanation">
              {item.explanation[locale]}
            </Typography.Text>
          ) : null}
        </div>
        <div className="chiso-item-note">
          <Input.TextArea
            aria-label={`${label} — ${a.note}`}
            data-testid="item-note"
            placeholder={a.notePlaceholder}
            autoSize={{ minRows: 2, maxRows: 8 }}
            value={local.note}
            disabled={!editable}
            maxLength={20000}
            onChange={(e) => onEdit(node.id, { note: e.target.value }, false)}
          />
        </div>
      </div>
      <Flex className="chiso-item-foot" align="center" gap={8} wrap>
        <Flex gap={4} wrap align="center" data-testid="item-evidence" style={{ flex: '1 1 260px', minWidth: 0 }}>
          {local.evidenceIds.length === 0 ? <Typography.Text type="secondary">{a.noEvidence}</Typography.Text> : null}
          {local.evidenceIds.map((id) => {
            const ev = evidence.get(id);
            return (
              <Tag
                key={id}
                color="blue"
                closable={editable}
                onClose={(e) => {
                  e.preventDefault();
                  onEdit(node.id, { evidenceIds: local.evidenceIds.filter((x) => x !== id) }, true);
                }}
                className="chiso-evidence-chip"
                title={ev?.title}
                data-testid="evidence-chip"
              >
                {ev?.title ?? id}
              </Tag>
            );
          })}
          {editable ? (
            <Button size="small" icon={<PaperClipOutlined />} onClick={() => onAttach(node.id)} data-testid="item-attach">
              {a.attach}
            </Button>
          ) : null}
        </Flex>
        {leaf.naAllowed !== false ? (
          <Flex align="center" gap={6}>
            <Switch
              size="small"
              checked={naOpen}
              disabled={disabled}
              data-testid="item-na"
              aria-label={`${label} — ${a.na}`}
              onChange={(on) => {
                setNaOpen(on);
                if (!on) onEdit(node.id, { na: null }, true);
                else if (naReason.trim()) onEdit(node.id, { na: { reason: naReason.trim() } }, true);
              }}
            />
            <span>{a.na}</span>
          </Flex>
        ) : null}
        <Tooltip title={local.flagged ? a.unflag : a.flag}>
          <Button
            size="small"
            type={local.flagged ? 'primary' : 'default'}
            danger={local.flagged}
            icon={local.flagged ? <FlagFilled /> : <FlagOutlined />}
            disabled={!editable}
            aria-pressed={local.flagged}
            data-testid="item-flag"
            onClick={() => onEdit(node.id, { flagged: !local.flagged }, true)}
          >
            {local.flagged ? a.flagged : a.flag}
          </Button>
        </Tooltip>
        <Button size="small" icon={<HistoryOutlined />} onClick={() => onHistory(node.id)} data-testid="item-history">
          {a.history}
        </Button>
        <SaveState
          neverSaved={item.version === 0}
          status={state.status}
          error={state.error}
          locale={locale}
          a={a}
          onRetry={() => onRetry(node.id)}
          savedTitle={item.updatedAt ? a.savedBy(item.updatedBy ?? '', formatDateTime(item.updatedAt, locale)) : undefined}
        />
        <Tooltip title={a.keyboardHint}>
          <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={a.next} onClick={() => onNext(node.id)} />
        </Tooltip>
      </Flex>
      {naOpen ? (
        <div className="chiso-item-na">
          <Input.TextArea
            aria-label={`${label} — ${a.naReason}`}
            data-testid="item-na-reason"
            placeholder={a.naReason}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={naReason}
            disabled={!editable}
            status={naReasonMissing ? 'error' : undefined}
            onChange={(e) => {
              setNaReason(e.target.value);
              const r = e.target.value.trim();
              if (r) onEdit(node.id, { na: { reason: r } }, false);
            }}
          />
          <Typography.Text type={naReasonMissing ? 'danger' : 'secondary'}>
            {naReasonMissing ? a.naReasonRequired : a.naHelp}
          </Typography.Text>
        </div>
      ) : null}
      {flags.length > 0 ? (
        <Flex gap={4} wrap style={{ marginTop: 6 }} data-testid="item-flags">
          {flags.map((f, i) => (
            <Tag key={i} color={f.code === 'no-evidence' ? 'gold' : 'orange'}>
              {f.message[locale]}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {state.conflict ? (
        <ConflictPanel
          conflict={state.conflict}
          mineLocal={local}
          leaf={leaf}
          locale={locale}
          a={a}
          onResolve={(choice) => onResolve(node.id, choice)}
        />
      ) : null}
    </div>
  );
}

export const ItemRow = memo(ItemRowView);

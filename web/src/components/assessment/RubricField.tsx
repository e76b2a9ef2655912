// The input a leaf's rubric asks for: a level, a document date (or "not issued"), numerator and
// denominator, a count, a checklist, yes/no, or — only for manual rubrics — a number of points.
// Half-typed values (one side of a ratio, "0," of a number) stay here until they make sense.
import { Checkbox, DatePicker, Flex, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Locale } from '../../api/types';
import { rubricHints } from '../../pages/assessment/contract';
import { awaitsDeadline, deadlineText } from './deadline';
import { NumberBox } from './NumberBox';
import type { ItemError, ItemInput, LeafInfo } from '../../pages/assessment/contract';
import { fmtPoints, levelLabel } from '../../pages/assessment/format';
import type { AssessmentMessages } from '../../pages/assessment/messages';

interface Props {
  leaf: LeafInfo;
  value: ItemInput | null;
  onChange: (input: ItemInput | null, immediate: boolean) => void;
  disabled: boolean;
  errors: ItemError[];
  locale: Locale;
  a: AssessmentMessages;
  /** For accessible names: "1.2 Kế hoạch …". */
  label: string;
}

function errorOf(errors: ItemError[], field: string, locale: Locale): string | undefined {
  return errors.find((e) => e.field === field)?.[locale];
}

function RatioField({ value, onChange, disabled, errors, locale, a, label }: Props) {
  const v = value?.type === 'ratio' ? value : null;
  const [num, setNum] = useState<number | null>(v?.numerator ?? null);
  const [den, setDen] = useState<number | null>(v?.denominator ?? null);
  useEffect(() => {
    setNum(v?.numerator ?? null);
    setDen(v?.denominator ?? null);
  }, [v?.numerator, v?.denominator]);
  const [bad, setBad] = useState<{ numerator: boolean; denominator: boolean }>({ numerator: false, denominator: false });
  const emit = (n: number | null, d: number | null) => {
    if (n !== null && d !== null) onChange({ type: 'ratio', numerator: n, denominator: d }, false);
    else if (n === null && d === null) onChange(null, false);
  };
  return (
    <Flex vertical gap={4}>
      <Flex align="center" gap={6} wrap>
        <NumberBox
          ariaLabel={`${label} — ${a.numerator}`}
          placeholder={a.numerator}
          testId="input-numerator"
          value={num}
          locale={locale}
          disabled={disabled}
          serverError={Boolean(errorOf(errors, 'numerator', locale))}
          onInvalid={(b) => setBad((x) => ({ ...x, numerator: b }))}
          onChange={(n) => {
            setNum(n);
            emit(n, den);
          }}
        />
        <span aria-hidden>/</span>
        <NumberBox
          ariaLabel={`${label} — ${a.denominator}`}
          placeholder={a.denominator}
          testId="input-denominator"
          value={den}
          locale={locale}
          disabled={disabled}
          serverError={Boolean(errorOf(errors, 'denominator', locale))}
          onInvalid={(b) => setBad((x) => ({ ...x, denominator: b }))}
          onChange={(d) => {
            setDen(d);
            emit(num, d);
          }}
        />
      </Flex>
      {bad.numerator ? <NotANumber text={a.notANumber(a.numerator)} /> : null}
      {bad.denominator ? <NotANumber text={a.notANumber(a.denominator)} /> : null}
    </Flex>
  );
}

function NotANumber({ text }: { text: string }) {
  return (
    <Typography.Text type="danger" role="alert" data-testid="input-not-a-number">
      {text}
    </Typography.Text>
  );
}

function CountField({ leaf, value, onChange, disabled, errors, locale, a, label }: Props) {
  const hints = rubricHints(leaf);
  const [bad, setBad] = useState(false);
  return (
    <Flex vertical gap={4}>
      <Flex align="center" gap={6} wrap>
        <NumberBox
          ariaLabel={`${label} — ${a.count}`}
          testId="input-count"
          placeholder={hints.itemLabel ? a.countOf(hints.itemLabel) : a.count}
          value={value?.type === 'count' ? value.count : null}
          locale={locale}
          disabled={disabled}
          serverError={Boolean(errorOf(errors, 'count', locale))}
          onInvalid={setBad}
          onChange={(n) => onChange(n === null ? null : { type: 'count', count: n }, false)}
        />
        {hints.perItem ? <Typography.Text type="secondary">{a.perItem(fmtPoints(hints.perItem, locale))}</Typography.Text> : null}
      </Flex>
      {bad ? <NotANumber text={a.notANumber(a.count)} /> : null}
    </Flex>
  );
}

function ManualField({ leaf, value, onChange, disabled, errors, locale, a, label }: Props) {
  const fromValue = value?.type === 'manual' ? value.points.replace('.', locale === 'vi' ? ',' : '.') : '';
  const [text, setText] = useState(fromValue);
  useEffect(() => setText(fromValue), [fromValue]);
  const step = rubricHints(leaf).step ?? '0.25';
  return (
    <Flex align="center" gap={6}>
      <Input
        aria-label={`${label} — ${a.manualPoints}`}
        data-testid="input-manual"
        inputMode="decimal"
        value={text}
        disabled={disabled}
        status={errorOf(errors, 'points', locale) ? 'error' : undefined}
        style={{ width: 110 }}
        placeholder={a.manualPoints}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const s = t.trim().replace(',', '.');
          if (s === '') onChange(null, false);
          else if (/^\d+(\.\d*)?$/.test(s)) onChange({ type: 'manual', points: s.replace(/\.$/, '') }, false);
        }}
      />
      <Typography.Text type="secondary">{a.step(fmtPoints(step, locale))}</Typography.Text>
    </Flex>
  );
}

export function RubricField(props: Props) {
  const { leaf, value, onChange, disabled, errors, locale, a, label } = props;
  const levels = leaf.levels;
  const hints = rubricHints(leaf);
  switch (leaf.expectedInput) {
    case 'level':
      return (
        <Select
          aria-label={label}
          data-testid="input-level"
          style={{ width: '100%', minWidth: 220 }}
          placeholder={a.chooseLevel}
          allowClear
          disabled={disabled}
          status={errorOf(errors, 'level', locale) ? 'error' : undefined}
          value={value?.type === 'level' ? value.level : undefined}
          onChange={(v: string | undefined) => onChange(v ? { type: 'level', level: v } : null, true)}
          popupMatchSelectWidth={false}
          options={levels.map((l) => ({
            value: l.id,
            label: (
              <span className="chiso-level-option" title={levelLabel(l, locale)}>
                {l.points !== undefined ? <strong>{fmtPoints(l.points, locale)}</strong> : null} {levelLabel(l, locale)}
              </span>
            ),
          }))}
        />
      );
    case 'date': {
      const notIssued = value?.type === 'date' && value.date === null;
      const date = value?.type === 'date' && value.date ? dayjs(value.date) : null;
      const deadline = deadlineText(leaf, locale, a);
      const waiting = awaitsDeadline(leaf);
      return (
        <Flex vertical gap={4}>
          <Flex align="center" gap={8} wrap>
            <DatePicker
              aria-label={`${label} — ${a.documentDate}`}
              data-testid="input-date"
              format={locale === 'vi' ? 'DD/MM/YYYY' : 'D MMM YYYY'}
              placeholder={a.documentDate}
              style={{ width: 180 }}
              disabled={disabled || notIssued}
              status={errorOf(errors, 'date', locale) ? 'error' : undefined}
              value={date}
              onChange={(d) => onChange(d ? { type: 'date', date: d.format('YYYY-MM-DD') } : null, true)}
            />
            <Checkbox
              data-testid="input-not-issued"
              checked={notIssued}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? { type: 'date', date: null } : null, true)}
            >
              {a.notIssued}
            </Checkbox>
          </Flex>
          {deadline ? (
            <Typography.Text type={waiting ? 'warning' : 'secondary'} data-testid="item-deadline" data-source={leaf.deadlineSource ?? (waiting ? 'none' : 'document')}>
              {deadline}
            </Typography.Text>
          ) : null}
          {waiting && !disabled ? <Typography.Text type="secondary">{a.noDeadlineHelp}</Typography.Text> : null}
        </Flex>
      );
    }
    case 'ratio':
      return <RatioField {...props} />;
    case 'count':
      return <CountField {...props} />;
    case 'checklist': {
      const checked = value?.type === 'checklist' ? value.checked : [];
      return (
        <Checkbox.Group
          aria-label={label}
          data-testid="input-checklist"
          disabled={disabled}
          value={checked}
          onChange={(vals) => onChange({ type: 'checklist', checked: vals.map(String) }, true)}
          style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        >
          {levels.map((l) => (
            <Checkbox key={l.id} value={l.id}>
              {levelLabel(l, locale)}
              {l.points !== undefined ? ` (${fmtPoints(l.points, locale)})` : ''}
            </Checkbox>
          ))}
        </Checkbox.Group>
      );
    }
    case 'yes-no':
      return (
        <Radio.Group
          aria-label={label}
          data-testid="input-yes-no"
          disabled={disabled}
          value={value?.type === 'yes-no' ? value.value : undefined}
          onChange={(e) => onChange({ type: 'yes-no', value: e.target.value === true }, true)}
        >
          <Radio value={true}>{hints.yesLabel ?? a.yes}</Radio>
          <Radio value={false}>{hints.noLabel ?? a.no}</Radio>
        </Radio.Group>
      );
    case 'manual':
      return <ManualField {...props} />;
  }
}

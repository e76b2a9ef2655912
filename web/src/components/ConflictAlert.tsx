// Two versions of one thing side by side after a 409 — what this person was saving and what was
// saved meanwhile (by whom, when) — with the ways out below. The self-assessment item and the
// appraisal item both resolve their conflicts in this frame.
import { Alert, Card, Col, Flex, Row } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  testId: string;
  title: ReactNode;
  text: ReactNode;
  mine: { title: ReactNode; body: ReactNode };
  theirs: { title: ReactNode; body: ReactNode };
  /** The buttons (keep mine, keep theirs, …). */
  actions: ReactNode;
  style?: CSSProperties;
}

export function ConflictAlert({ testId, title, text, mine, theirs, actions, style }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      style={style}
      message={title}
      description={
        <Flex vertical gap={8}>
          <span>{text}</span>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Card size="small" title={mine.title} data-testid="conflict-mine">
                {mine.body}
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={theirs.title} data-testid="conflict-theirs">
                {theirs.body}
              </Card>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            {actions}
          </Flex>
        </Flex>
      }
    />
  );
}

import { Anchor, Code, List, Table, Text, Title } from '@mantine/core';
import type { Token, Tokens } from 'marked';
import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll.tsx';
import { headingAnchor } from './guide.ts';

/**
 * The guide's Markdown tokens as React elements. Text is always text (React escapes it): a raw
 * HTML token is shown as its source, never injected; a link leads only to a web address or an
 * anchor of the page.
 */
function inline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, index) => {
    const key = `${index}`;
    switch (token.type) {
      case 'strong':
        return <strong key={key}>{inline((token as Tokens.Strong).tokens)}</strong>;
      case 'em':
        return <em key={key}>{inline((token as Tokens.Em).tokens)}</em>;
      case 'codespan':
        return <Code key={key}>{(token as Tokens.Codespan).text}</Code>;
      case 'br':
        return <br key={key} />;
      case 'link': {
        const link = token as Tokens.Link;
        return /^(https:\/\/|#)/.test(link.href) ? (
          <Anchor key={key} href={link.href}>
            {inline(link.tokens)}
          </Anchor>
        ) : (
          <span key={key}>{inline(link.tokens)}</span>
        );
      }
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? <span key={key}>{inline(text.tokens)}</span> : text.text;
      }
      case 'escape':
        return (token as Tokens.Escape).text;
      default:
        return token.raw;
    }
  });
}

function block(token: Token, key: string): ReactNode {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const level = Math.min(Math.max(heading.depth, 2), 4) as 2 | 3 | 4;
      const id = headingAnchor(heading);
      return (
        <Title key={key} order={level} id={id} tabIndex={-1} mt="lg" style={{ scrollMarginTop: 80 }}>
          {inline(heading.tokens)}
        </Title>
      );
    }
    case 'paragraph':
      return (
        <Text key={key} maw={760}>
          {inline((token as Tokens.Paragraph).tokens)}
        </Text>
      );
    case 'list': {
      const list = token as Tokens.List;
      return (
        <List key={key} type={list.ordered ? 'ordered' : 'unordered'} spacing={4} maw={760} pr="sm">
          {list.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the items of a fixed text, in their order
            <List.Item key={index}>{item.tokens.map((child, i) => blockOrInline(child, `${index}-${i}`))}</List.Item>
          ))}
        </List>
      );
    }
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <TableScroll key={key} minWidth={480} label="Tableau du guide">
          <Table withTableBorder maw={760}>
            <Table.Thead>
              <Table.Tr>
                {table.header.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a fixed table
                  <Table.Th key={index}>{inline(cell.tokens)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a fixed table
                <Table.Tr key={index}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a fixed row
                    <Table.Td key={i}>{inline(cell.tokens)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      );
    }
    case 'space':
    case 'hr':
      return null;
    default:
      return (
        <Text key={key} maw={760}>
          {token.raw}
        </Text>
      );
  }
}

/** A list item holds blocks (a nested list) and, in a tight list, inline text. */
function blockOrInline(token: Token, key: string): ReactNode {
  if (token.type === 'text') return <span key={key}>{inline([token])}</span>;
  return block(token, key);
}

export function GuideMarkdown({ tokens }: { tokens: readonly Token[] }) {
  return <>{tokens.map((token, index) => block(token, `${index}`))}</>;
}

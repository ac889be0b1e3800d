import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.ts';

const io = { env: {}, stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

const commands = everyCommand(buildProgram(io));

describe('the help of every command is French', () => {
  it('walks the whole tree', () => {
    expect(commands.length).toBeGreaterThan(30);
  });

  it.each(commands.map((command) => [command.name(), command] as const))(
    '%s: no English word of Commander (default:, choices:, Usage:, Options:)',
    (_name, command) => {
      const help = command.helpInformation();
      expect(help.match(/\b(?:default|choices|preset|Usage|Options|Commands|Arguments):/g) ?? []).toEqual([]);
      expect(help).not.toContain('[]');
    },
  );

  it('says a default in French, without quotes', () => {
    const scan = commands.find((c) => c.name() === 'scan' && c.parent?.name() === 'retention');
    expect(scan?.helpInformation().replace(/\s+/g, ' ')).toContain('(par défaut : jsonl)');
    const importCommand = commands.find((c) => c.name() === 'import');
    expect(importCommand?.helpInformation()).toContain('(par défaut : 400)');
  });
});

import { parseArgs } from 'node:util';
import { StudyError } from '../../shared/errors';
import { seedsDir } from '../repo-paths';
import { StudyService } from '../service/service';
import { validatingApi } from '../service/dispatch';
import type { CliIO, Command, Values } from './command';
import { COMPARE_COMMANDS } from './compare-commands';
import { EXPORT_COMMANDS } from './export-command';
import { STUDY_COMMANDS } from './study-commands';
import { TEAMMATES_COMMANDS } from './teammates-command';

export type { CliIO } from './command';

const COMMANDS: Record<string, Command> = { ...STUDY_COMMANDS, ...COMPARE_COMMANDS, ...EXPORT_COMMANDS, ...TEAMMATES_COMMANDS };

function usage(): string {
  return ['Usage: npm run cli -- <command> [options] [--json]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/** Runs one CLI command; returns the exit code (0 ok, 2 bad input or a damaged study, 1 unexpected). */
export async function runCli(argv: string[], io: CliIO, service = new StudyService({ seedsDir: seedsDir() })): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`error: unknown command "${name}". Run \`npm run cli -- help\` for the list.`);
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new StudyError('bad-input', `${(error as Error).message.split('\n')[0]} (usage: ${command.usage})`);
    }
    const { positionals, values } = parsed;
    if (positionals.length < command.positionals.min || (command.positionals.max !== undefined && positionals.length > command.positionals.max)) {
      throw new StudyError('bad-input', `wrong number of arguments (usage: ${command.usage})`);
    }
    await command.run({ service: validatingApi(service), args: positionals, values: values as Values, json: values.json === true, io });
    return 0;
  } catch (error) {
    if (error instanceof StudyError) {
      const hint = error.code === 'corrupt-file' && error.details.backup && error.details.file
        ? ` A last good backup exists: npm run cli -- restore <dir> ${error.details.file}`
        : '';
      io.err(`error: ${error.message}${hint}`);
      return error.code === 'io' ? 1 : 2;
    }
    io.err(`error: unexpected failure: ${(error as Error).message}`);
    return 1;
  } finally {
    await service.close();
  }
}

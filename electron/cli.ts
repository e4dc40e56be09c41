import { runCli } from './cli/run';

/** `npm run cli -- <command>`: the study tools without a window, over the same service. */
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;

export {};
/**
 * `npm run bench`: every benchmark in one run, one after the other so they do
 * not compete for the two cores. `npm run bench -- store viewer` runs a subset.
 * Results print as tables and land in bench-results/<name>.json.
 */
const BENCHES: Record<string, () => Promise<unknown>> = {
  store: async () => (await import('./store')).main(),
  viewer: async () => (await import('./viewer')).main(),
  suggest: async () => (await import('./suggest')).main(),
  agreement: async () => (await import('./agreement')).main(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
for (const name of names) {
  const run = BENCHES[name];
  if (!run) {
    process.stderr.write(`error: unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`\n### ${name}\n`);
  await run();
}

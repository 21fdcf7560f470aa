/**
 * runc rejects environment entries without "=" or with an empty name when it
 * builds the environment: config.json's process.env, exec --env and a
 * sandbox's --env are checked by this one rule (a module of its own, so
 * that checking one entry does not load the config parser).
 */
export function envProblem(s: string): string | undefined {
  const eq = s.indexOf('=');
  if (eq < 0) return `${JSON.stringify(s)} is not of the form NAME=value`;
  if (eq === 0) return `${JSON.stringify(s)} has an empty name`;
  if (s.slice(0, eq).includes('\0')) return 'name contains a NUL byte';
  return undefined;
}

/**
 * One container run answers many questions: a probe is a shell script made of
 * named sections, each printing a marker line, the command's output (stderr
 * folded in) and the command's exit status. splitSections() turns the
 * container's stdout back into { name: output }.
 */

const MARK = '@@@hutch-probe';

export interface ProbeSection {
  name: string;
  /** A busybox sh command line. */
  cmd: string;
}

/** The script for `sh -c`. */
export function probeScript(sections: ProbeSection[]): string {
  return sections.map(({ name, cmd }) => `echo '${MARK} ${name}'; { ${cmd} ; } 2>&1; echo "${MARK}-rc $?"`).join('\n');
}

export interface SectionOutput {
  /** Output lines joined with \n, without the marker lines. */
  out: string;
  /** The command's exit status. */
  rc: number;
}

/** Parses a probe's stdout. Sections that did not run are absent. */
export function splitSections(stdout: string): Record<string, SectionOutput> {
  const result: Record<string, SectionOutput> = {};
  let current: string | undefined;
  let lines: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${MARK}-rc `)) {
      if (current !== undefined) result[current] = { out: lines.join('\n'), rc: Number(line.slice(MARK.length + 4)) };
      current = undefined;
      lines = [];
    } else if (line.startsWith(`${MARK} `)) {
      current = line.slice(MARK.length + 1);
      lines = [];
    } else if (current !== undefined) {
      lines.push(line);
    }
  }
  return result;
}

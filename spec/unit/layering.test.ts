/**
 * The shape of lib/ as a test (Go refuses import cycles at compile time;
 * this gives hutch the same guarantee): no module imports itself back
 * through others, and a lower layer never imports a higher one.
 *
 *   0  sys, errors, log, timing, signals, paths, version, units (no knowledge of containers)
 *   1  config, seccomp, state, cgroups, host, context
 *   2  plan, hooks, image                           (decisions become steps, hooks, layers)
 *   3  mounts, runner                               (mount decisions; running a plan)
 *   4  container, features                          (the verbs)
 *   4  sandbox                                      (a sandbox: its config, then the verbs)
 *   5  api, index, cli, shim, sea                   (the front ends: library, CLI, containerd shim; sea: dist/hutch's entry)
 *
 * Static and dynamic imports count alike: a lazy import() is still a dependency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../lib');

const LAYER: Record<string, number> = {
  sys: 0,
  errors: 0,
  log: 0,
  timing: 0,
  signals: 0,
  paths: 0,
  native: 0,
  version: 0,
  units: 0,
  config: 1,
  seccomp: 1,
  state: 1,
  cgroups: 1,
  host: 1,
  context: 1,
  plan: 2,
  hooks: 2,
  image: 2,
  mounts: 3,
  runner: 3,
  container: 4,
  features: 4,
  sandbox: 4,
  api: 5,
  index: 5,
  cli: 5,
  shim: 5,
  sea: 5,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** file → the lib files it imports (relative imports, static or dynamic). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(LIB)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((f) => f.startsWith('.'))
      .map((f) => resolve(dirname(file), f).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return graph;
}

/** The top-level module a file belongs to: its directory under lib/, or its own name. */
function moduleOf(file: string): string {
  const rel = relative(LIB, file).split('/');
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(relative(LIB, w));
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('the layering of lib/', () => {
  const graph = importGraph();

  it('every top-level module has a layer', () => {
    const unknown = [...new Set([...graph.keys()].map(moduleOf))].filter((m) => LAYER[m] === undefined);
    expect(unknown, 'add new modules to LAYER (and to the comment above)').toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no import cycle between modules above the base layer', () => {
    const modules = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = moduleOf(file);
      if (LAYER[from] === 0) continue;
      const list = modules.get(from) ?? [];
      for (const t of targets) if (moduleOf(t) !== from && LAYER[moduleOf(t)] !== 0) list.push(moduleOf(t));
      modules.set(from, list);
    }
    expect(cycles(new Map([...modules].map(([m, ts]) => [join(LIB, m), ts.map((t) => join(LIB, t))])))).toEqual([]);
  });

  it('never imports a higher layer from a lower one', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      for (const t of targets) {
        const [from, to] = [moduleOf(file), moduleOf(t)];
        if ((LAYER[to] ?? 0) > (LAYER[from] ?? 0))
          violations.push(`${relative(LIB, file)} (${from}, layer ${LAYER[from]}) imports ${relative(LIB, t)} (${to}, layer ${LAYER[to]})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the CLI to itself and the runner out of the verbs', () => {
    const bad = [...graph].flatMap(([file, targets]) =>
      targets
        // The CLI's one client is the single binary's entry (sea), which runs it.
        .filter(
          (t) =>
            (moduleOf(t) === 'cli' && !['cli', 'sea'].includes(moduleOf(file))) ||
            (moduleOf(file) === 'runner' && moduleOf(t) === 'container'),
        )
        .map((t) => `${relative(LIB, file)} -> ${relative(LIB, t)}`),
    );
    expect(bad).toEqual([]);
  });

  it('catches a cycle when there is one (the checker itself works)', () => {
    const g = new Map([
      ['/a', ['/b']],
      ['/b', ['/c']],
      ['/c', ['/a']],
      ['/d', ['/a']],
    ]);
    expect(cycles(g).map((c) => c.length)).toEqual([3]);
  });
});

#!/usr/bin/env node
// Prints vitest's JSON report as one plain closing line
// ("N passed, N failed, N skipped") and exits non-zero on any failure.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'build/test-report.json', 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
// A suite fails with its tests, or alone when its file cannot even load.
const failedSuites = report.numFailedTestSuites ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${failedSuites ? ` (${failedSuites} failing suites)` : ''}`);
process.exit(failed > 0 || failedSuites > 0 || passed === 0 ? 1 : 0);

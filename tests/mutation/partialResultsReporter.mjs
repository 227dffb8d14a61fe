// A Stryker reporter that appends each tested mutant to reports/mutation/<folder>.partial.jsonl as
// soon as it is tested: on a busy machine a folder can take hours, and Stryker's own reports are
// only written at the end, so a run stopped early would otherwise leave nothing to read.
// `node tests/mutation/partialScores.mjs <folder>` reads the file (score so far, survivors).
import { appendFileSync, writeFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

class PartialResultsReporter {
  constructor() {
    this.file = process.env.MUTATION_PARTIAL_FILE;
    if (this.file) writeFileSync(this.file, '');
  }

  onMutantTested(result) {
    if (!this.file) return;
    const { fileName, mutatorName, replacement, status, location, statusReason } = result;
    const line = JSON.stringify({ fileName, mutatorName, replacement, status, line: location.start.line, column: location.start.column, statusReason: status === 'Survived' ? undefined : statusReason?.slice(0, 200) });
    appendFileSync(this.file, `${line}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'partial-results', PartialResultsReporter)];

// The export dialog's choices: every control labelled, scenario-only choices only with a scenario.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ExportOptionsForm from '../../src/components/ExportOptionsForm.svelte';
import type { ExportChoices } from '../../src/lib/export/mapExport';

const choices = (): ExportChoices => ({
  format: 'png', extent: 'view', size: 'screen', pixelRatio: 2, labels: true, labelByCity: true, reportingLines: true,
  coverageLines: false, highlightChanged: true, beforeAfter: false, title: 'Baseline', subtitle: '48 field offices',
});

describe('ExportOptionsForm', () => {
  it('gives every control a visible label', () => {
    render(ExportOptionsForm, { choices: choices(), hasScenario: true, screenSize: { width: 1000, height: 600 } });
    for (const name of ['Area', 'Size', 'Projection', 'Pixel ratio (as on screen)', 'Title', 'Subtitle', 'Office labels', 'Reporting lines', 'Coverage lines', 'Label offices by city (otherwise by office name)']) {
      expect(screen.getByLabelText(name)).toBeVisible();
    }
    expect(screen.getByRole('radio', { name: /^PNG/ })).toBeChecked();
    expect(screen.getByRole('option', { name: 'As on screen (2000 × 1200 px)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Africa' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Equal Earth (equal area, for world maps)' })).toBeInTheDocument();
  }, 30_000); // the first render of the file also loads the component: slow on a loaded machine

  it('offers before/after and changed outlines only when a scenario is open', () => {
    render(ExportOptionsForm, { choices: choices(), hasScenario: false, screenSize: { width: 1000, height: 600 } });
    expect(screen.queryByLabelText(/Before and after/)).toBeNull();
    expect(screen.queryByLabelText(/Outline countries/)).toBeNull();
  });

  it('asks the pixel ratio only for an image the size of the screen', () => {
    render(ExportOptionsForm, { choices: { ...choices(), size: 'a4' }, hasScenario: false, screenSize: { width: 1000, height: 600 } });
    expect(screen.queryByLabelText('Pixel ratio (as on screen)')).toBeNull();
  });
});

// Outline colours shared by layers: what is selected is outlined the same everywhere.
export const SELECTED_STROKE = '#111111';

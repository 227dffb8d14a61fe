// The working group this page joined, for components deep in the tree (the scenario list's
// status, the side panel's comments): provided once by the workspace shell, read as a getter
// because the group connects after the page starts. Type-only import: the engine stays unloaded.
import { getContext, setContext } from 'svelte';
import type { WorkingGroup } from './workingGroup.svelte';

const KEY = Symbol('working-group');

export const provideWorkingGroup = (group: () => WorkingGroup | null) => setContext(KEY, group);
/** The joined group, or null (not joined, or outside the workspace). */
export const useWorkingGroup = (): (() => WorkingGroup | null) => getContext<(() => WorkingGroup | null) | undefined>(KEY) ?? (() => null);

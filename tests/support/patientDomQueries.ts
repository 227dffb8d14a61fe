// Vitest setup of the component tests: Testing Library's findBy… queries and waitFor wait as
// long as a busy machine needs (their default gives up after 1 s), ending as soon as the element
// is there. See patientWaits.ts.
import { configure } from '@testing-library/dom';
import { PATIENT_WAIT_MS } from './patientWaits';

configure({ asyncUtilTimeout: PATIENT_WAIT_MS });

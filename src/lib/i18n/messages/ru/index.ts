// The ru catalogue, one file per area like the English source.
import type { Messages } from '../en';
import common from './common';
import map from './map';
import scenarios from './scenarios';
import scorecard from './scorecard';
import suggest from './suggest';
import tracker from './tracker';
import importing from './import';
import exporting from './export';
import restore from './restore';
import importProgress from './importProgress';
import territory from './territory';

const messages: Messages = { ...common, ...map, ...scenarios, ...scorecard, ...suggest, ...tracker, ...importing, ...exporting, ...restore, ...importProgress, ...territory };
export default messages;

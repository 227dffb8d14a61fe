// The fr catalogue, one file per area like the English source.
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
import pack from './pack';
import importcsv from './importcsv';
import xlsxout from './xlsxout';
import sync from './sync';
import a11y from './a11y';
import data from './data';
import territory from './territory';

const messages: Messages = { ...common, ...map, ...scenarios, ...scorecard, ...suggest, ...tracker, ...importing, ...exporting, ...restore, ...importProgress, ...pack, ...importcsv, ...xlsxout, ...sync, ...a11y, ...data, ...territory };
export default messages;

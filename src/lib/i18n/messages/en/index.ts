// The English catalogue: the source every other language translates. Each area of the app
// keeps its messages in its own file, every key prefixed with the area's name.
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

const messages = { ...common, ...map, ...scenarios, ...scorecard, ...suggest, ...tracker, ...importing, ...exporting, ...restore, ...importProgress, ...territory };
export default messages;
export type MessageKey = keyof typeof messages;
export type Messages = Readonly<Record<MessageKey, string>>;

// Text the pure core hands to the interface without knowing its language: a catalogue key and
// the values to put in. Components turn it into words with t(text.key, text.values).
import type { MessageKey } from './messages/en';
import type { MessageValues } from './formatMessage';

export interface LocalText {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export const localText = (key: MessageKey, values?: MessageValues): LocalText => (values ? { key, values } : { key });

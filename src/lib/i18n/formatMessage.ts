// Fills a catalogue message with its values. The syntax is a small subset of ICU
// MessageFormat that translators know: "{name}" for a value, and
// "{count, plural, one {# office} other {# offices}}" for words that change with a number
// (Russian and Arabic need more forms than English; Intl.PluralRules picks the form).

export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatCount(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** Index of the brace that closes the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** The forms of a plural block: "one {…} other {…}" → { one: '…', other: '…' }. */
export function parsePluralForms(body: string): Record<string, string> {
  const forms: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    const selector = body.slice(i, open).trim();
    forms[selector] = body.slice(open + 1, close);
    i = close + 1;
  }
  return forms;
}

function formatPlural(locale: string, name: string, body: string, values: MessageValues): string {
  const raw = values[name];
  const count = typeof raw === 'number' ? raw : Number(raw);
  const forms = parsePluralForms(body);
  const form = forms[`=${count}`] ?? forms[pluralRules(locale).select(count)] ?? forms.other ?? '';
  return formatMessage(locale, form.replaceAll('#', formatCount(locale, count)), values);
}

/**
 * The message with its values put in; a value the message names but is not given stays as "{name}".
 * @example formatMessage('en', '{count, plural, one {# office} other {# offices}} in {region}', { count: 3, region: 'Africa' })
 *   // → "3 offices in Africa"
 */
export function formatMessage(locale: string, template: string, values: MessageValues = {}): string {
  if (!template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const [name, kind, ...rest] = inner.split(',');
    const key = (name ?? '').trim();
    if (kind?.trim() === 'plural') out += formatPlural(locale, key, rest.join(','), values);
    else out += key in values ? String(values[key]) : `{${inner}}`;
    i = close + 1;
  }
  return out + template.slice(i);
}

/**
 * The names of the values a message uses, for checking that a translation keeps them.
 * @example messageValueNames('{count, plural, one {# in {region}} other {#}}') // → ['count', 'region']
 */
export function messageValueNames(template: string): string[] {
  const names = new Set<string>();
  const visit = (text: string): void => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) return;
      const close = closingBrace(text, open);
      if (close < 0) return;
      const [name, kind, ...rest] = text.slice(open + 1, close).split(',');
      names.add((name ?? '').trim());
      if (kind?.trim() === 'plural') Object.values(parsePluralForms(rest.join(','))).forEach(visit);
      i = close + 1;
    }
  };
  visit(template);
  return [...names].sort();
}

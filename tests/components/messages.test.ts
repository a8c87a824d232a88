import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import km from '@/messages/km.json';
import ko from '@/messages/ko.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU arguments ({name}, {count, plural, …}) a message expects. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '{') {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(i));
        if (match?.[1]) names.add(match[1]);
      }
      depth++;
    } else if (c === '}') depth--;
  }
  return [...names].sort();
}

/** The message without ICU syntax: argument names, `plural`, plural categories. */
function visibleText(message: string): string {
  return message
    .replace(/\{\s*\w+\s*(,\s*(plural|select|selectordinal)\s*,)?/g, '{')
    .replace(/(^|[\s{])(=\d+|zero|one|two|few|many|other)\s*\{/g, '$1{');
}

const english = flatten(en);
const locales = { ko: flatten(ko as Tree), km: flatten(km as Tree) };
/** Names that stay in Latin script in every language (brands, file formats, the names of official forms). */
const LATIN_ALLOWED = /Bridgeway|UTC|e-visa|e-Arrival|K-ETA|OpenStreetMap|Natural Earth|Tab|Enter|Google Earth|PDF|GPX|GPS|KML|JSON|ics|csv|PNG|JPEG|png|jpg|KiB/g;

describe('messages', () => {
  for (const [locale, messages] of Object.entries(locales)) {
    it(`${locale} has exactly the English keys`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${locale} uses the same arguments as English`, () => {
      for (const [key, message] of english) expect(argumentsOf(messages.get(key) ?? ''), key).toEqual(argumentsOf(message));
    });
  }

  for (const [locale, messages] of Object.entries(locales)) {
    it(`${locale} has no English words left (its own script, or names)`, () => {
      for (const [key, message] of messages) {
        expect(visibleText(message).replace(LATIN_ALLOWED, ''), key).not.toMatch(/[A-Za-z]{2,}/);
      }
    });
  }
});

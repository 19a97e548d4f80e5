/**
 * A deliberately strict tokenizer for the HTML that renderGatewayForm produces: tags with double-quoted
 * attributes, text without markup characters. Anything else (a stray `<`, `>`, `"` breaking out of an
 * attribute, an unknown entity) throws, so an escaping bug cannot hide behind a lenient parser.
 */
export interface Tag {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
}

const TAG = /<(!DOCTYPE html|\/?[a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*="[^"<>]*")*)\s*>/y;
const ATTR = /\s+([a-z][a-z-]*)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`' };

export function decodeEntities(value: string): string {
  return value.replace(/&([^;&]*);|&/g, (whole, name: string | undefined) => {
    const decoded = name === undefined ? undefined : ENTITIES[name];
    if (decoded === undefined) throw new Error(`unexpected "&" or entity: ${JSON.stringify(whole)}`);
    return decoded;
  });
}

export function tokenize(html: string): { tags: Tag[]; texts: string[] } {
  const tags: Tag[] = [];
  const texts: string[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const text = html.slice(pos, lt === -1 ? html.length : lt);
    if (/[<>"]/.test(text)) throw new Error(`markup character in text at ${pos}: ${JSON.stringify(text)}`);
    if (text.trim() !== '') texts.push(decodeEntities(text.trim()));
    if (lt === -1) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) throw new Error(`unparseable markup at ${lt}: ${JSON.stringify(html.slice(lt, lt + 60))}`);
    const rawName = match[1] ?? '';
    const attrs: Record<string, string> = {};
    for (const [, name = '', value = ''] of (match[2] ?? '').matchAll(ATTR)) {
      if (name in attrs) throw new Error(`duplicate attribute ${name}`);
      attrs[name] = decodeEntities(value);
    }
    tags.push({ name: rawName.replace(/^\//, '').toLowerCase(), closing: rawName.startsWith('/'), attrs });
    pos = TAG.lastIndex;
  }
  return { tags, texts };
}

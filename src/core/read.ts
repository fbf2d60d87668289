// Step 1, read: posting HTML or plain text into blocks that keep their structure.
// Pure string processing (no DOM), so it runs in the service worker, Node and tests alike.

export type BlockKind = 'heading' | 'item' | 'paragraph';

export interface Block {
  kind: BlockKind;
  text: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'ul', 'ol', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'tr', 'table', 'blockquote', 'dd', 'dt', 'header', 'footer', 'hr',
]);
const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'button', 'select', 'textarea']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRONG_TAGS = new Set(['strong', 'b']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  bull: '•', middot: '·', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…',
  eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', copy: '©', reg: '®', trade: '™',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point < 0x110000 ? String.fromCodePoint(point) : ' ';
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export const looksLikeHtml = (input: string): boolean => /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(input);

interface RawBlock {
  kind: BlockKind;
  text: string;
  /** All of the block's text was inside <strong>/<b>: a heading in disguise. */
  allStrong: boolean;
}

/** Walks tags and text once, cutting blocks at block-level tags. */
function htmlToRawBlocks(html: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let text = '';
  let strongText = '';
  let strongDepth = 0;
  let skipDepth = 0;
  let skipTag = '';
  const kinds: BlockKind[] = [];
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) {
      const kind = kinds[kinds.length - 1] ?? 'paragraph';
      blocks.push({ kind, text: clean, allStrong: strongText.replace(/\s+/g, ' ').trim() === clean });
    }
    text = '';
    strongText = '';
  };
  const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|<!?[^>]*>/g;
  let last = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    if (!skipDepth) {
      const chunk = decodeEntities(html.slice(last, match.index));
      text += chunk;
      if (strongDepth) strongText += chunk;
    }
    last = tagPattern.lastIndex;
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    if (skipDepth) {
      if (name === skipTag) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (SKIP_CONTENT_TAGS.has(name) && !closing && match[3] !== '/') {
      skipDepth = 1;
      skipTag = name;
      continue;
    }
    if (STRONG_TAGS.has(name)) {
      strongDepth = Math.max(0, strongDepth + (closing ? -1 : 1));
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (name === 'li' || HEADING_TAGS.has(name)) {
      if (closing) kinds.pop();
      else kinds.push(name === 'li' ? 'item' : 'heading');
    }
  }
  if (!skipDepth) text += decodeEntities(html.slice(last));
  flush();
  return blocks;
}

function textToRawBlocks(text: string): RawBlock[] {
  return text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean)
    .map((line) => ({ kind: 'paragraph' as const, text: line, allStrong: false }));
}

// Bullet marks that real postings use inline or at the start of a line, emoji included.
const BULLET = '[•●▪■◦○◆◇►▶➢➤✓✔✅☑✦★☆→⇒※·]|\\p{Extended_Pictographic}\\uFE0F?';
const LEADING_BULLET = new RegExp(`^(?:(?:${BULLET})|[-–—*+]\\s|\\(?\\d{1,2}[.)]\\s|[a-z][.)]\\s)\\s*`, 'u');
const INLINE_BULLETS = new RegExp(`\\s*(?:[•●▪■◦○◆◇►▶➢➤✓✔✅☑✦]|\\p{Extended_Pictographic}\\uFE0F?)\\s*`, 'u');

const HEADING_WORDS = /^(?:about|what|who|why|how|your|our|the|key|core|main|essential|primary|job|role|position|responsibilities|duties|requirements|qualifications|skills|benefits|perks|compensation|salary|experience|education|summary|overview|description|preferred|required|minimum|nice|bonus|location|schedule|day|you|we|equal|eeo|diversity|in this role)\b/i;

/** A short line that names a section: "What you'll do", "REQUIREMENTS:", "About us". */
export function looksLikeHeading(text: string, allStrong = false): boolean {
  const words = text.split(/\s+/).length;
  if (words > 10 || text.length > 80) return false;
  if (/[.!?]$/.test(text) && !/:$/.test(text)) return false;
  if (/:$/.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  return (allStrong || words <= 6) && HEADING_WORDS.test(text) && !/[,;]/.test(text);
}

/** Every bullet mark is outside ASCII: most blocks can skip the Unicode-aware split. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** "CORE FUNCTIONS:•Promotes…•Demonstrates…" → a heading and its items. */
function splitGlued(block: RawBlock): Block[] {
  if (ASCII_ONLY.test(block.text)) return [];
  const parts = block.text.split(INLINE_BULLETS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const out: Block[] = [];
  const first = parts[0] ?? '';
  const startsWithBullet = INLINE_BULLETS.test(block.text.slice(0, 3));
  parts.forEach((part, index) => {
    if (index === 0 && !startsWithBullet) {
      out.push({ kind: looksLikeHeading(first, block.allStrong) ? 'heading' : 'paragraph', text: first.replace(/:$/, '') });
    } else out.push({ kind: 'item', text: part });
  });
  return out;
}

/** A paragraph that begins "Responsibilities: Develop…" carries its own heading. */
function splitLeadingHeading(text: string): Block[] | null {
  const match = /^([A-Z][^:.!?]{2,48}):\s+(\S.*)$/.exec(text);
  if (!match || !looksLikeHeading(`${match[1]}:`)) return null;
  return [{ kind: 'heading', text: match[1] ?? '' }, { kind: 'paragraph', text: match[2] ?? '' }];
}

function normalise(block: RawBlock): Block[] {
  const glued = splitGlued(block);
  if (glued.length) return glued;
  const bullet = LEADING_BULLET.exec(block.text);
  if (bullet && block.text.length > bullet[0].length) {
    return [{ kind: 'item', text: block.text.slice(bullet[0].length).trim() }];
  }
  if (block.kind !== 'item' && looksLikeHeading(block.text, block.allStrong)) {
    return [{ kind: 'heading', text: block.text.replace(/:$/, '').trim() }];
  }
  if (block.kind === 'paragraph') return splitLeadingHeading(block.text) ?? [{ kind: 'paragraph', text: block.text }];
  return [{ kind: block.kind, text: block.text }];
}

export function readPosting(input: string): Block[] {
  const raw = looksLikeHtml(input) ? htmlToRawBlocks(input) : textToRawBlocks(input);
  return raw.flatMap(normalise).filter((block) => /[\p{L}\p{N}]/u.test(block.text));
}

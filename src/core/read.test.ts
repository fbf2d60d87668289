import { describe, expect, it } from 'vitest';
import { decodeEntities, looksLikeHeading, readPosting } from './read';

describe('readPosting', () => {
  it('keeps headings, list items and paragraphs from HTML', () => {
    const blocks = readPosting('<p>We build payroll software.</p><h3>What you’ll do</h3><ul><li>Plan campaigns</li><li>Write copy</li></ul>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'We build payroll software.' },
      { kind: 'heading', text: 'What you’ll do' },
      { kind: 'item', text: 'Plan campaigns' },
      { kind: 'item', text: 'Write copy' },
    ]);
  });

  it('splits bullets glued inline after a heading', () => {
    expect(readPosting('<p>CORE FUNCTIONS:•Promotes the brand•Demonstrates products to buyers</p>')).toEqual([
      { kind: 'heading', text: 'CORE FUNCTIONS' },
      { kind: 'item', text: 'Promotes the brand' },
      { kind: 'item', text: 'Demonstrates products to buyers' },
    ]);
  });

  it('treats <br>-separated lines, numbered lines and emoji bullets as items', () => {
    const blocks = readPosting('<p>Responsibilities:<br>1. Call prospects daily<br>2) Close deals<br>✅ Log activity in the CRM</p>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Responsibilities'],
      ['item', 'Call prospects daily'],
      ['item', 'Close deals'],
      ['item', 'Log activity in the CRM'],
    ]);
  });

  it('takes a bold-only paragraph as a heading', () => {
    expect(readPosting('<p><strong>About us</strong></p><p>We are a bakery.</p>')[0]).toEqual({ kind: 'heading', text: 'About us' });
  });

  it('reads plain text line by line, with dash bullets', () => {
    expect(readPosting('REQUIREMENTS\n- 3 years of experience\n- A driving licence')).toEqual([
      { kind: 'heading', text: 'REQUIREMENTS' },
      { kind: 'item', text: '3 years of experience' },
      { kind: 'item', text: 'A driving licence' },
    ]);
  });

  it('never reads script or style content as text', () => {
    const blocks = readPosting('<p>Plan events</p><script>alert("x")</script><style>p{color:red}</style>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Plan events' }]);
  });

  it('decodes entities once: escaped markup stays text', () => {
    expect(decodeEntities('Sales &amp; Marketing &lt;b&gt; &#8226; &#x2014;')).toBe('Sales & Marketing <b> • —');
    expect(readPosting('<p>Use &lt;script&gt; tags</p>')).toEqual([{ kind: 'paragraph', text: 'Use <script> tags' }]);
  });

  it('drops blocks with no letters or digits', () => {
    expect(readPosting('<p>•</p><p> </p><p>---</p>')).toEqual([]);
  });
});

describe('looksLikeHeading', () => {
  it.each(['What you will do', 'Requirements:', 'ABOUT THE ROLE', 'Benefits'])('"%s" is a heading', (text) => {
    expect(looksLikeHeading(text)).toBe(true);
  });
  it.each(['Develop marketing plans and budgets.', 'You will own a territory in Ohio, calling on manufacturers.'])('"%s" is not', (text) => {
    expect(looksLikeHeading(text)).toBe(false);
  });
});

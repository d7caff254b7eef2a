import { describe, expect, it } from 'vitest';
import { checkedInput, parseHeader, MAX_FRAME_BYTES } from './frames';

/** What checkedInput passes on and what it says, for these chunks. */
async function run(chunks: Array<string | Buffer>) {
  const problems: string[] = [];
  const stream = checkedInput((why) => problems.push(why));
  const out: Buffer[] = [];
  stream.on('data', (d: Buffer) => out.push(d));
  for (const c of chunks) stream.write(typeof c === 'string' ? Buffer.from(c) : c);
  stream.end();
  await new Promise((r) => stream.on('end', r));
  return { out: Buffer.concat(out).toString(), problems };
}
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('parseHeader', () => {
  it('takes a Content-Length of digits, with or without other fields, in any case', () => {
    expect(parseHeader('Content-Length: 12')).toEqual({ length: 12 });
    expect(parseHeader('content-length:0\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')).toEqual({
      length: 0,
    });
  });
  it.each([
    ['Content-Length: -5', /not a whole number/],
    ['Content-Length: 1.5', /not a whole number/],
    ['Content-Length: 12abc', /not a whole number/],
    ['Content-Length: ', /not a whole number/],
    [`Content-Length: ${MAX_FRAME_BYTES + 1}`, /over the limit/],
    ['Content-Length: 1\r\nContent-Length: 2', /twice/],
    ['Content-Type: text/plain', /no Content-Length/],
    ['"}Content-Length: 5', /not "Name: value"/],
  ])('refuses %j', (header, why) => {
    expect(parseHeader(header)).toEqual({ problem: expect.stringMatching(why) });
  });
});

describe('checkedInput', () => {
  it('passes sound frames on unchanged, however they are split', async () => {
    const bytes = Buffer.from(frame('{"a":"é🙂"}') + frame('{}') + frame(''));
    const split = [];
    for (let i = 0; i < bytes.length; i += 3) split.push(bytes.subarray(i, i + 3));
    expect(await run(split)).toEqual({ out: bytes.toString(), problems: [] });
  });
  it('stops at a body shorter than its Content-Length says: what follows is no header', async () => {
    const r = await run([`Content-Length: 4\r\n\r\n{"id":1}`, frame('{}')]);
    expect(r.problems).toEqual([expect.stringMatching(/not "Name: value"/)]);
  });
  it('stops at a header with no end', async () => {
    expect((await run(['Content-Length: 5', 'x'.repeat(10_000)])).problems).toEqual([
      expect.stringMatching(/without an end/),
    ]);
  });
});

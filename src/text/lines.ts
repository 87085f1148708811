// Lines of a stream, one at a time, with a bound on the length of one line: readline would build any line
// whole, and one over ~512 MB ends in V8's "Invalid string length" instead of a message.
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';

export interface LineOptions {
  /** Name of the input in messages. */
  name: string;
  /** Longest line accepted, in bytes. */
  maxLine: number;
  /** What a line is, for the message: “路径”, “JSON 行”. */
  what?: string;
}

/** Lines without their line end (LF, CRLF, CR). */
export async function* readLines(input: AsyncIterable<unknown>, opts: LineOptions): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let parts: Buffer[] = [];
  let pending = 0;
  let lineNo = 0;
  let carryCR = false;
  const tooLong = () => new InputError(opts.name, `第 ${lineNo + 1} 行太长（超过 ${Math.round(opts.maxLine / 1024)} KB），不像${opts.what ?? '一行文本'}；请检查输入。`);
  const take = (): string => {
    const line = decoder.write(Buffer.concat(parts, pending)) + decoder.end();
    parts = [];
    pending = 0;
    lineNo++;
    return line;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    if (carryCR) {
      carryCR = false;
      if (buf[0] === 0x0a) start = 1;
    }
    for (let i = start; i < buf.length; i++) {
      const b = buf[i];
      if (b !== 0x0a && b !== 0x0d) continue;
      if (pending + (i - start) > opts.maxLine) throw tooLong();
      parts.push(buf.subarray(start, i));
      pending += i - start;
      yield take();
      if (b === 0x0d) {
        if (i + 1 < buf.length) { if (buf[i + 1] === 0x0a) i++; }
        else carryCR = true;
      }
      start = i + 1;
    }
    if (start < buf.length) {
      parts.push(buf.subarray(start));
      pending += buf.length - start;
      if (pending > opts.maxLine) throw tooLong();
    }
  }
  if (pending > 0) yield take();
}

// Shared by the commands: turn path arguments into documents one at a time, reporting bad files without stopping.
import type { InputError } from '../errors.js';
import { collectFiles, readDocument, STDIN, TEXT_EXTENSIONS, DOCX_EXTENSION } from '../text/read.js';
import type { SpeechDocument } from '../text/document.js';
import { isJianghuaError } from '../errors.js';

export type InputItem = { file: string; doc: SpeechDocument; error?: undefined } | { file: string; doc?: undefined; error: InputError };

export interface InputOptions {
  docx?: boolean;
}

/** Paths given, or standard input when none. */
export function inputPaths(paths: string[] | undefined): string[] {
  return paths && paths.length > 0 ? paths : [STDIN];
}

export function inputExtensions(opts: InputOptions): string[] {
  return opts.docx ? [...TEXT_EXTENSIONS, DOCX_EXTENSION] : TEXT_EXTENSIONS;
}

export async function* readInputs(paths: string[] | undefined, opts: InputOptions = {}): AsyncGenerator<InputItem> {
  for await (const item of collectFiles(inputPaths(paths), { extensions: inputExtensions(opts) })) {
    if (item.error) { yield { file: item.file, error: item.error }; continue; }
    try {
      yield { file: item.file, doc: await readDocument(item.file, { docx: opts.docx }) };
    } catch (e) {
      if (isJianghuaError(e)) yield { file: item.file, error: e as InputError };
      else throw e;
    }
  }
}

// The --type option of lint, draft and init: a type id or any Chinese name of data/speech-types.yaml (动员, 推进会 …).
import { InvalidArgumentError, Option } from 'commander';
import { describeTypes, parseSpeechTypeAmong, type SpeechTypeId } from '../speech-types.js';

export function typeOption(description: string, allowed: readonly SpeechTypeId[]): Option {
  return new Option('-t, --type <type>', `${description}：${describeTypes(allowed)}`).argParser((value: string) => {
    const id = parseSpeechTypeAmong(value, allowed);
    if (id === null) throw new InvalidArgumentError(`未知的讲话类型“${value}”，可选：${describeTypes(allowed)}（也可写中文名）`);
    return id;
  });
}

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  SPEECH_TYPE_IDS, SPEECH_TYPES_FILE, TEMPLATE_TYPE_IDS, allSpeechTypes, describeTypes, isTemplateType,
  parseSpeechType, parseSpeechTypeAmong, parseSpeechTypesData, typeLabel, typeName,
} from '../src/speech-types.js';
import { SECTION_TYPES, TEMPLATE_DIR } from '../src/sections.js';
import { existsSync } from 'node:fs';

describe('speech types (data/speech-types.yaml)', () => {
  it('lists every id once, with Chinese labels', () => {
    expect(allSpeechTypes().map((t) => t.id)).toEqual([...SPEECH_TYPE_IDS]);
    expect(allSpeechTypes().map((t) => t.label)).toEqual(['动员', '推进', '总结', '报告', '其他']);
    expect(typeName('report')).toBe('工作报告');
    expect(typeLabel('summary')).toBe('总结');
    expect(typeName('unknown-type')).toBe('unknown-type');
  });

  it.each([
    ['mobilization', 'mobilization'], ['动员', 'mobilization'], ['动员部署', 'mobilization'], [' Progress ', 'progress'],
    ['推进会', 'progress'], ['总结大会', 'summary'], ['工作报告', 'report'], ['政府工作报告', 'report'], ['其他', 'other'],
    ['动员部署讲话', 'mobilization'], ['座谈', null], ['', null], ['mobilisation', null],
  ])('parseSpeechType(%j) → %j', (input, id) => {
    expect(parseSpeechType(input)).toBe(id);
  });

  it('limits parsing to the allowed types', () => {
    expect(parseSpeechTypeAmong('报告', TEMPLATE_TYPE_IDS)).toBeNull();
    expect(parseSpeechTypeAmong('推进', TEMPLATE_TYPE_IDS)).toBe('progress');
    expect(isTemplateType('report')).toBe(false);
    expect(isTemplateType('summary')).toBe(true);
    expect(describeTypes(TEMPLATE_TYPE_IDS)).toBe('mobilization（动员）、progress（推进）、summary（总结）');
  });

  it('template types are exactly the template folders', () => {
    expect([...SECTION_TYPES]).toEqual([...TEMPLATE_TYPE_IDS]);
    for (const t of SPEECH_TYPE_IDS) expect(existsSync(`${TEMPLATE_DIR}${t}/sections.yaml`)).toBe(isTemplateType(t));
  });

  it('rejects malformed data files with a Chinese message', () => {
    const good = readFileSync(SPEECH_TYPES_FILE, 'utf8');
    expect(() => parseSpeechTypesData('types: [')).toThrow(/格式有误/);
    expect(() => parseSpeechTypesData('foo: 1')).toThrow(/types/);
    expect(() => parseSpeechTypesData(good.replace('id: report', 'id: reprot'))).toThrow(/reprot/);
    expect(() => parseSpeechTypesData(good.replace('aliases: [其它, 其他讲话]', 'aliases: [推进会]'))).toThrow(/同时属于/);
    expect(() => parseSpeechTypesData(good.replace(/  - id: other[\s\S]*$/, ''))).toThrow(/缺少“other”/);
  });
});

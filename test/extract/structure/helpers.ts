// Shared by the structure tests: build a document from text and analyse it.
import { createDocument } from '../../../src/text/document.js';
import { analyzeStructure } from '../../../src/extract/index.js';

export const doc = (text: string) => createDocument(text, '<test>');
export const analyze = (text: string) => analyzeStructure(doc(text));

/** A realistic progress speech copied from a web page: one line, paragraphs marked only by 　　. */
export const WEB_ONE_LINE =
  '在全市安全生产工作推进会上的讲话　　同志们：　　今天召开全市安全生产工作推进会，主要是调度一季度安全生产工作进展，部署下步工作。下面，我讲三点意见。' +
  '　　一、充分肯定一季度安全生产工作取得的成效　　一季度以来，各地各部门认真落实安全生产责任制，全市安全生产形势总体平稳。主要呈现三个特点：' +
  '一是责任落实更加到位。各级党委政府把安全生产摆上重要位置。二是隐患排查更加深入。共排查企业1260家，整改隐患3400余处。三是专项整治更加有力。' +
  '　　二、清醒认识当前安全生产面临的严峻形势　　我们也要看到，一些企业主体责任落实不到位，第一责任人意识不强。' +
  '　　三、扎实做好下步安全生产各项工作　　（一）压实安全责任。要严格落实“党政同责、一岗双责”。（二）深化隐患排查。要做到排查不留死角。' +
  '　　同志们，安全生产责任重于泰山，让我们共同努力，确保全市安全生产形势持续稳定！';

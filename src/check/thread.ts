/**
 * Entry of the thread that checks a final decree while `naskah build` renders it (see checkInThread in
 * commands/build.ts): the validated decree comes as data, and the text the build read is parsed again
 * for the positions of the findings, so the thread finds what checkDecree finds in the build's process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseYamlText } from '../data/load';
import type { Decree } from '../data/schema';
import { checkDecree } from '.';

const { file, text, decree } = workerData as { file: string; text: string; decree: Decree };
parentPort!.postMessage(checkDecree(parseYamlText(file, text), decree));

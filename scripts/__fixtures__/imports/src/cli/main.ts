// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { Terminal } from '@xterm/xterm';
import { mount } from '../terminal/terminal';
import { getCollection } from 'astro:content';
import { Pod } from 'kubernetes-types/core/v1';

export const main = [Terminal, mount, getCollection, Pod];

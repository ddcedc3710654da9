// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { getCollection } from 'astro:content';
import Sandbox from '../ui/Sandbox.astro';

export const lessons = () => [getCollection('lessons'), Sandbox];

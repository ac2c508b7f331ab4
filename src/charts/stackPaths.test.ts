import { describe, expect, it } from 'vitest';
import type { EventStack } from '../lib/computeEventStacks';
import { computeStackPaths } from './stackPaths';

const stack = (id: string, values: number[]): EventStack => ({ event: { id, title: id, date: null, documentIds: [] }, total: values.reduce((a, b) => a + b, 0), values });
const y = (v: number) => 100 - v * 10;

describe('computeStackPaths', () => {
  it.each([
    ['one stack, two series', [{ stack: stack('a', [2, 1]), cx: 50 }], () => true, { on: ['M45,80h10V99.5h-10Z', 'M45,70h10V79.5h-10Z'], off: ['', ''] }],
    ['zero segments draw nothing', [{ stack: stack('a', [0, 3]), cx: 20 }], () => true, { on: ['', 'M15,70h10V99.5h-10Z'], off: ['', ''] }],
    ['muted stacks go to off', [{ stack: stack('a', [1, 0]), cx: 20 }, { stack: stack('b', [1, 0]), cx: 40 }], (s: EventStack) => s.event.id === 'b', { on: ['M35,90h10V99.5h-10Z', ''], off: ['M15,90h10V99.5h-10Z', ''] }],
  ])('%s', (_n, placed, isOn, expected) => expect(computeStackPaths(placed, 2, y, 10, isOn)).toEqual(expected));
});

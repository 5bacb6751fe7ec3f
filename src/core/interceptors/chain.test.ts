import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newContext } from '../context.ts';
import { runChain, type Interceptor } from './chain.ts';

test('interceptors run outermost first around the handler; one that throws stops the rest', async () => {
  const seen: string[] = [];
  const mark = (name: string): Interceptor => async (_ctx, next) => {
    seen.push(`>${name}`);
    const r = await next();
    seen.push(`<${name}`);
    return r;
  };
  const ctx = newContext({ resource: 'r', version: 'v0.0.43' }, 'ping', 'read');
  const r = await runChain(ctx, [mark('a'), mark('b')], async () => {
    seen.push('handler');
    return { status: 200 };
  });
  assert.equal(r.status, 200);
  assert.deepEqual(seen, ['>a', '>b', 'handler', '<b', '<a']);
  const refuse: Interceptor = async () => {
    throw new Error('no');
  };
  seen.length = 0;
  await assert.rejects(runChain(ctx, [mark('a'), refuse, mark('c')], async () => ({ status: 200 })), /no/);
  assert.deepEqual(seen, ['>a']);
});

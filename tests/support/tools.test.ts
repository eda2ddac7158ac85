import { toolAvailable } from './tools';

test('a missing tool fails the run in CI, and is skipped elsewhere', () => {
  const ci = process.env.NASKAH_CI;
  try {
    process.env.NASKAH_CI = '1';
    expect(() => toolAvailable(false, 'a tool')).toThrow(/CI must run every check/);
    delete process.env.NASKAH_CI;
    expect(toolAvailable(false, 'a tool')).toBe(false);
    expect(toolAvailable(true, 'a tool')).toBe(true);
  } finally {
    if (ci === undefined) delete process.env.NASKAH_CI;
    else process.env.NASKAH_CI = ci;
  }
});

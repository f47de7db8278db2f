import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/store/redact-url.js';

describe('redactUrl', () => {
  it('hides user and password', () => {
    expect(redactUrl('redis://default:hunter2@cache.internal:6379/0')).toBe('redis://***@cache.internal:6379/0');
    expect(redactUrl('rediss://:hunter2@10.0.0.5:6380')).toBe('rediss://***@10.0.0.5:6380');
  });

  it('leaves a URL without credentials as it is', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactUrl('sqlite://data/a@b.sqlite')).toBe('sqlite://data/a@b.sqlite');
  });
});

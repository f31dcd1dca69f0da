// CacheService and PropertiesService limits as Google documents them.
import { createFakeServices } from '../../../src/local/fakes';
import { CACHE_MAX_ITEMS } from '../../../src/local/fakes/cache';
import { PROPERTY_QUOTA_MESSAGE } from '../../../src/local/fakes/properties';

const now = new Date('2024-05-06T03:00:00.000Z');

describe('CacheService limits', () => {
  it('counts a value in UTF-8 bytes: 40,000 Vietnamese letters (120,000 bytes) are too large', () => {
    const cache = createFakeServices({ now }).globals.CacheService.getScriptCache();
    const value = 'ễ'.repeat(40000);
    expect(value.length).toBeLessThan(100000);
    expect(() => cache.put('k', value)).toThrow('Argument too large: value');
    cache.put('k', 'ễ'.repeat(33000));
    expect(cache.get('k')).toHaveLength(33000);
  });

  it('refuses keys over 250 characters and caps the expiry at 6 hours', () => {
    const fakes = createFakeServices({ now });
    const cache = fakes.globals.CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('k'.repeat(250), 'v', 7 * 3600);
    fakes.clock.advance(6 * 3600 * 1000 - 1);
    expect(cache.get('k'.repeat(250))).toBe('v');
    fakes.clock.advance(1);
    expect(cache.get('k'.repeat(250))).toBeNull();
  });

  it('putAll stores nothing when one value is too large; getAll returns only live keys', () => {
    const cache = createFakeServices({ now }).globals.CacheService.getScriptCache();
    expect(() => cache.putAll({ a: '1', b: 'ễ'.repeat(40000) })).toThrow('Argument too large: value');
    expect(cache.get('a')).toBeNull();
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
  });

  it('keeps at most 1,000 items, evicting the oldest', () => {
    const cache = createFakeServices({ now }).globals.CacheService.getScriptCache();
    for (let i = 0; i <= CACHE_MAX_ITEMS; i++) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get(`k${CACHE_MAX_ITEMS}`)).toBe('v');
  });
});

describe('PropertiesService limits', () => {
  it('9 KB per value in bytes, 500 KB per store; a refused write changes nothing', () => {
    const props = createFakeServices({ now }).globals.PropertiesService.getScriptProperties();
    expect(() => props.setProperty('k', 'ễ'.repeat(3073))).toThrow('Argument too large: value');
    props.setProperty('k', 'ễ'.repeat(3072));
    for (let i = 0; i < 55; i++) props.setProperty(`p${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('p55', 'x'.repeat(9000))).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(props.getProperty('p55')).toBeNull();
    expect(props.getKeys()).toHaveLength(56);
  });
});

import { describe, expect, it } from 'vitest';
import { maxToolSlugLength, toolSlug, uniqueToolSlugs } from '../../src/toolkits/tool-names.js';

const valid = /^[A-Za-z0-9_-]{1,64}$/;

describe('toolSlug', () => {
  it.each([
    ['github', 'createIssue', 'GITHUB_CREATE_ISSUE'],
    ['github', 'create-an-issue', 'GITHUB_CREATE_AN_ISSUE'],
    ['memory', 'read_graph', 'MEMORY_READ_GRAPH'],
    ['my-api', 'GET /repos/{owner}/{repo}', 'MY_API_GET_REPOS_OWNER_REPO'],
    ['notes', 'NOTES_PUT', 'NOTES_PUT'],
    ['x', '', 'X_TOOL'],
    ['', 'do', 'TOOLKIT_DO'],
  ])('%s + %s → %s', (toolkit, action, expected) => {
    expect(toolSlug(toolkit, action)).toBe(expected);
  });

  it('shortens long names to the limit, deterministically, keeping distinct names distinct', () => {
    const long = 'get_a_very_long_operation_name_that_goes_on_and_on_and_on_for_ever_more';
    const a = toolSlug('openapi-toolkit-with-long-name', `${long}_one`);
    const b = toolSlug('openapi-toolkit-with-long-name', `${long}_two`);
    expect(a.length).toBeLessThanOrEqual(maxToolSlugLength);
    expect(a.length).toBeGreaterThan(maxToolSlugLength - 8);
    expect(a).toMatch(valid);
    expect(a).not.toBe(b);
    expect(toolSlug('openapi-toolkit-with-long-name', `${long}_one`)).toBe(a);
  });

  it('always yields a valid client name for awkward input', () => {
    for (const action of ['ünïcödé tool', '../../etc/passwd', '💥', 'a'.repeat(500), '__x__', 'a.b.c']) {
      expect(toolSlug('kit', action)).toMatch(valid);
    }
  });
});

describe('uniqueToolSlugs', () => {
  it('keeps unique names as toolSlug makes them', () => {
    expect(uniqueToolSlugs('kit', ['a', 'b'])).toEqual(['KIT_A', 'KIT_B']);
  });

  it('separates names that collide after normalising, stably', () => {
    const slugs = uniqueToolSlugs('kit', ['create-item', 'create_item', 'createItem', 'other']);
    expect(new Set(slugs).size).toBe(4);
    expect(slugs[3]).toBe('KIT_OTHER');
    for (const slug of slugs) expect(slug).toMatch(valid);
    expect(uniqueToolSlugs('kit', ['create-item', 'create_item', 'createItem', 'other'])).toEqual(slugs);
  });

  it('keeps colliding long names within the limit', () => {
    const long = 'x'.repeat(80);
    const slugs = uniqueToolSlugs('kit', [`${long}-a`, `${long}_a`]);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(maxToolSlugLength);
  });
});

import { describe, expect, it } from 'vitest';
import { go, nav } from '../src/app/nav-store';
import { topOf } from '../src/app/nav-state';

const top = () => topOf(nav.get());

describe('a reset leaves nothing of the visitor in the navigation store', () => {
  it("drops every screen's memo (scroll, filters, search text), so the next visitor starts fresh", () => {
    go.reset({ name: 'home' });
    go.to({ name: 'gallery', slug: 'heroes' });
    nav.memo(top()).set('scroll', 800);
    go.to({ name: 'search' });
    nav.memo(top()).set('text', 'zhang');

    go.reset({ name: 'attract' });
    expect(nav.get().stack).toHaveLength(1);

    go.to({ name: 'home' });
    go.to({ name: 'gallery', slug: 'heroes' });
    expect(nav.memo(top()).has('scroll')).toBe(false);
    go.to({ name: 'search' });
    expect(nav.memo(top()).has('text')).toBe(false);
  });

  it('keeps a memo while its screen is on the stack, so "back" returns to it', () => {
    go.reset({ name: 'home' });
    go.to({ name: 'gallery', slug: 'heroes' });
    nav.memo(top()).set('scroll', 800);
    go.to({ name: 'exhibit', id: 1 });
    go.back();
    expect(nav.memo(top()).get('scroll')).toBe(800);
  });
});

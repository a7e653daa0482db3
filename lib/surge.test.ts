import { describe, expect, it } from 'vitest';
import { judgeSurge } from './surge';

describe('judgeSurge, at 30 comments in the window', () => {
  it('lets the 30th comment through and holds the 31st, starting a surge', () => {
    expect(judgeSurge({ active: false, recentCount: 29 }, { surgeComments: 30 })).toEqual({
      surging: false,
      starts: false,
    });
    expect(judgeSurge({ active: false, recentCount: 30 }, { surgeComments: 30 })).toEqual({
      surging: true,
      starts: true,
    });
  });

  it('holds every comment while a surge is on, without starting another', () => {
    expect(judgeSurge({ active: true, recentCount: 0 }, { surgeComments: 30 })).toEqual({
      surging: true,
      starts: false,
    });
  });
});

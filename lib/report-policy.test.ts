import { describe, expect, it } from 'vitest';
import { decideReport, reportsPerAddressPerHour, type ReportFacts } from './report-policy';

const facts = (o: Partial<ReportFacts> = {}): ReportFacts => ({
  staffComment: false,
  alreadyReported: false,
  addressReportsLastHour: 0,
  reportCount: 0,
  ...o,
});

describe('decideReport', () => {
  it('counts a new reader and hides the comment when the count reaches the threshold', () => {
    expect(decideReport(facts({ reportCount: 1 }), 3)).toEqual({ record: true, hide: false });
    expect(decideReport(facts({ reportCount: 2 }), 3)).toEqual({ record: true, hide: true });
  });

  it('hides a comment already past a threshold that was lowered since', () => {
    expect(decideReport(facts({ reportCount: 4 }), 3)).toEqual({ record: true, hide: true });
  });

  it('does not count the same reader twice, by cookie or by address', () => {
    expect(decideReport(facts({ alreadyReported: true, reportCount: 2 }), 3)).toEqual({ record: false, hide: false });
  });

  it('does not count an address past its hourly reports', () => {
    expect(decideReport(facts({ addressReportsLastHour: reportsPerAddressPerHour - 1 }), 3).record).toBe(true);
    expect(decideReport(facts({ addressReportsLastHour: reportsPerAddressPerHour }), 3).record).toBe(false);
  });

  it('never lets reports hide a newsroom comment', () => {
    expect(decideReport(facts({ staffComment: true, reportCount: 10 }), 3)).toEqual({ record: false, hide: false });
  });
});

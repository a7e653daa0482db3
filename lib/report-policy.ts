/*
 * Whether a reader's report counts, and whether it takes the comment down. A reader is known by a
 * signed cookie, which a script simply leaves out, and by the client address: a report matching an
 * earlier one on either is not counted again, so one person cannot be three readers. Readers behind
 * one address (an office, a campus) count as one; the threshold is for several people, not one.
 */

/** Reports one address may make in an hour, over all comments: enough for a reader, not for a script. */
export const reportsPerAddressPerHour = 10;

export type ReportFacts = {
  /** A newsroom reply ("Rédaction"): reports reach the moderators through the queue, never hide it. */
  staffComment: boolean;
  /** This comment was already reported with this reader cookie or from this address. */
  alreadyReported: boolean;
  addressReportsLastHour: number;
  /** The reports counted so far. */
  reportCount: number;
};

export type ReportDecision = { record: boolean; hide: boolean };

export function decideReport(facts: ReportFacts, hideAt: number): ReportDecision {
  if (facts.staffComment || facts.alreadyReported || facts.addressReportsLastHour >= reportsPerAddressPerHour)
    return { record: false, hide: false };
  // At or past the threshold: a threshold lowered in the settings applies to comments already past it.
  return { record: true, hide: facts.reportCount + 1 >= hideAt };
}

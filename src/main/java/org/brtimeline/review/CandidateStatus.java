package org.brtimeline.review;

/** What an editor decided about a proposed dated sentence; rejected ones are not proposed again. */
public enum CandidateStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}

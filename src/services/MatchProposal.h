#pragma once
#include "services/MatchCohort.h"
#include "services/MatchingService.h"

// The proposal of one matching run: the curator's pairs first (must, then pinned), then the exact
// optimum over everyone else; each mentee left without a pair carries the reason.
QList<MatchProposalRow> proposeMatches(const MatchCohort &cohort, const MatchOptions &options,
                                       const MatchConstraints &constraints);

// The kind of a reason a mentee was left without a pair, without its counts («подходящих наставников:
// 3, …» is one kind whatever the number), for reports that sum mentees by reason.
QString unmatchedReasonKind(const QString &reason);

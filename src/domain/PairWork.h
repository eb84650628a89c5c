#pragma once
#include "domain/Enums.h"
#include "domain/Meeting.h"
#include "domain/Pair.h"
#include "domain/PlanItem.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>

// The work of a pair between the order and the final meeting: the meeting sequence of the target
// model, the plan's progress and what the curator should look at.
namespace PairWork {

// The kinds of meetings in their order; "common" is an event of all pairs.
QStringList meetingKinds();
QString meetingKindTitle(const QString &kind);
// Who was there: «3 из 4»; «не отмечено» for a meeting held without marks, rather than a blank
// that looks like missing data; nothing for one not held yet.
QString attendanceText(const Meeting &meeting);
// What is wrong with a meeting before it is stored: no date, held in the future, an impossible
// duration, an unknown kind, attendance of a meeting not held, a person marked twice; a common
// event needs its topic.
Status checkMeeting(const Meeting &meeting, const QDate &today);

// A pair or group needs a mentor and a mentee, and nobody in it twice nor on both sides: a mentor is
// never his own mentee.
Status checkMembers(const QList<PairMember> &members);

// встреча-знакомство a week after the start, пробная рабочая встреча a week later, встреча-
// планирование a week after that, regular meetings every `regularEveryDays` up to three weeks
// before the planned end, итоговая встреча a week before it. Dates fall on weekdays.
QList<Meeting> standardSequence(const QDate &start, const QDate &plannedEnd, int regularEveryDays = 14);

struct PlanProgress
{
    int total = 0;
    int done = 0;
    int overdue = 0;
    int percent() const { return total ? (100 * done + total / 2) / total : 0; }
};
bool isOverdue(const PlanItem &item, const QDate &today);
PlanProgress progress(const QList<PlanItem> &items, const QDate &today);

// What the curator knows of a working pair, to judge whether it needs attention.
struct PairState
{
    PairStatus status = PairStatus::Active;
    QDate startedOn;
    QDate lastHeld;        // the last meeting held
    QDate introPlannedOn;  // the meeting to get acquainted, when planned
    bool introHeld = false;
    int meetingsHeld = 0;
    int overdueItems = 0;
    // Members whose consent to the processing of personal data was withdrawn, has lapsed (or
    // never was), or lapses within the coming weeks (kConsentNoticeDays).
    int consentsWithdrawn = 0;
    int consentsLapsed = 0;
    int consentsLapsing = 0;
};

// How far ahead a consent that is about to lapse is announced.
constexpr int kConsentNoticeDays = 30;

// Why a pair needs attention today, empty when it does not: a member's consent withdrawn, lapsed or
// about to lapse (for pairs being formed too); no meeting for `quietDays` days (or none at all that
// long after the start), overdue plan items, the first meeting never held. Finished pairs need none.
QStringList attention(const PairState &state, const QDate &today, int quietDays);

} // namespace PairWork

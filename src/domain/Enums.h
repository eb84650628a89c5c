#pragma once
#include <QString>
#include <QStringList>
#include <optional>

// Categories and statuses stored as short codes; labels are Russian and translatable.

enum class PersonCategory { Pupil, Teacher, Parent, Graduate, Student, Employer };
enum class RecordStatus { Active, Archived };
enum class PartnerKind { Enterprise, Ngo, University, College, Other };
enum class PairStatus { Forming, Active, Completed, EndedEarly };
enum class MemberRole { Mentor, Mentee };
enum class ConsentStatus { Missing, Valid, Expired, Withdrawn };

namespace Codes {
QString code(PersonCategory c);
QString label(PersonCategory c);
std::optional<PersonCategory> personCategory(const QString &codeOrLabel);
QList<PersonCategory> allPersonCategories();

QString code(RecordStatus s);
QString label(RecordStatus s);
RecordStatus recordStatus(const QString &code);

QString code(PartnerKind k);
QString label(PartnerKind k);
std::optional<PartnerKind> partnerKind(const QString &codeOrLabel);
QList<PartnerKind> allPartnerKinds();

QString code(PairStatus s);
QString label(PairStatus s);
PairStatus pairStatus(const QString &code);

QString code(MemberRole r);

QString label(ConsentStatus s);

// Tags the roadmaps single out (ОВЗ, одарённые…): code -> label.
QStringList personTagCodes();
QString personTagLabel(const QString &code);
}

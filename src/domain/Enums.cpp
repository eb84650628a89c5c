#include "domain/Enums.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Codes", text); }

template <typename E>
std::optional<E> fromCodeOrLabel(const QString &text, const QList<E> &all)
{
    // Stored codes first and exactly: this runs once per row when a registry loads.
    for (E e : all)
        if (Codes::code(e) == text)
            return e;
    const QString wanted = text.trimmed().toLower();
    for (E e : all)
        if (Codes::code(e) == wanted || Codes::label(e).toLower() == wanted)
            return e;
    return std::nullopt;
}
}

namespace Codes {

QString code(PersonCategory c)
{
    switch (c) {
    case PersonCategory::Pupil: return QStringLiteral("pupil");
    case PersonCategory::Teacher: return QStringLiteral("teacher");
    case PersonCategory::Parent: return QStringLiteral("parent");
    case PersonCategory::Graduate: return QStringLiteral("graduate");
    case PersonCategory::Student: return QStringLiteral("student");
    case PersonCategory::Employer: return QStringLiteral("employer");
    }
    return {};
}

QString label(PersonCategory c)
{
    switch (c) {
    case PersonCategory::Pupil: return tr("обучающийся");
    case PersonCategory::Teacher: return tr("педагог");
    case PersonCategory::Parent: return tr("родитель");
    case PersonCategory::Graduate: return tr("выпускник");
    case PersonCategory::Student: return tr("студент");
    case PersonCategory::Employer: return tr("представитель организации");
    }
    return {};
}

QList<PersonCategory> allPersonCategories()
{
    return {PersonCategory::Pupil, PersonCategory::Teacher, PersonCategory::Parent,
            PersonCategory::Graduate, PersonCategory::Student, PersonCategory::Employer};
}

std::optional<PersonCategory> personCategory(const QString &codeOrLabel)
{
    return fromCodeOrLabel(codeOrLabel, allPersonCategories());
}

QString code(RecordStatus s) { return s == RecordStatus::Active ? QStringLiteral("active") : QStringLiteral("archived"); }
QString label(RecordStatus s) { return s == RecordStatus::Active ? tr("действует") : tr("в архиве"); }
RecordStatus recordStatus(const QString &c) { return c == QLatin1String("archived") ? RecordStatus::Archived : RecordStatus::Active; }

QString code(PartnerKind k)
{
    switch (k) {
    case PartnerKind::Enterprise: return QStringLiteral("enterprise");
    case PartnerKind::Ngo: return QStringLiteral("ngo");
    case PartnerKind::University: return QStringLiteral("university");
    case PartnerKind::College: return QStringLiteral("college");
    case PartnerKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString label(PartnerKind k)
{
    switch (k) {
    case PartnerKind::Enterprise: return tr("предприятие");
    case PartnerKind::Ngo: return tr("НКО");
    case PartnerKind::University: return tr("вуз");
    case PartnerKind::College: return tr("колледж");
    case PartnerKind::Other: return tr("другая");
    }
    return {};
}

QList<PartnerKind> allPartnerKinds()
{
    return {PartnerKind::Enterprise, PartnerKind::Ngo, PartnerKind::University,
            PartnerKind::College, PartnerKind::Other};
}

std::optional<PartnerKind> partnerKind(const QString &codeOrLabel)
{
    return fromCodeOrLabel(codeOrLabel, allPartnerKinds());
}

QString code(PairStatus s)
{
    switch (s) {
    case PairStatus::Forming: return QStringLiteral("forming");
    case PairStatus::Active: return QStringLiteral("active");
    case PairStatus::Completed: return QStringLiteral("completed");
    case PairStatus::EndedEarly: return QStringLiteral("ended_early");
    }
    return {};
}

QString label(PairStatus s)
{
    switch (s) {
    case PairStatus::Forming: return tr("формируется");
    case PairStatus::Active: return tr("работает");
    case PairStatus::Completed: return tr("завершена");
    case PairStatus::EndedEarly: return tr("завершена досрочно");
    }
    return {};
}

PairStatus pairStatus(const QString &c)
{
    for (PairStatus s : {PairStatus::Forming, PairStatus::Active, PairStatus::Completed, PairStatus::EndedEarly})
        if (code(s) == c)
            return s;
    return PairStatus::Forming;
}

QString code(MemberRole r) { return r == MemberRole::Mentor ? QStringLiteral("mentor") : QStringLiteral("mentee"); }

QString label(ConsentStatus s)
{
    switch (s) {
    case ConsentStatus::Missing: return tr("нет");
    case ConsentStatus::Valid: return tr("есть");
    case ConsentStatus::Expired: return tr("истекло");
    case ConsentStatus::Withdrawn: return tr("отозвано");
    }
    return {};
}

QStringList personTagCodes()
{
    return {QStringLiteral("ovz"), QStringLiteral("gifted"), QStringLiteral("hard_life"),
            QStringLiteral("low_income"), QStringLiteral("rural"), QStringLiteral("orphan")};
}

QString personTagLabel(const QString &c)
{
    if (c == QLatin1String("ovz")) return tr("ОВЗ / инвалидность");
    if (c == QLatin1String("gifted")) return tr("выдающиеся способности");
    if (c == QLatin1String("hard_life")) return tr("трудная жизненная ситуация");
    if (c == QLatin1String("low_income")) return tr("малоимущая семья");
    if (c == QLatin1String("rural")) return tr("сельская местность");
    if (c == QLatin1String("orphan")) return tr("дети-сироты");
    return c;
}

} // namespace Codes

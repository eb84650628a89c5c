#include "domain/Achievement.h"

#include "domain/PersonValidator.h"
#include "domain/TextFold.h"

#include <QCoreApplication>

namespace Achievements {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("Achievements", text); }

struct Term
{
    const char *code;
    const char *title;
    const char *words; // folded stems a curator may write, '|'-separated
};

const Term kKinds[] = {
    {"diploma", QT_TRANSLATE_NOOP("Achievements", "диплом"), "диплом|победител|призер|лауреат"},
    {"merit", QT_TRANSLATE_NOOP("Achievements", "грамота"), "грамот|благодар"},
    {"certificate", QT_TRANSLATE_NOOP("Achievements", "сертификат"), "сертификат|свидетельств"},
    {"participation", QT_TRANSLATE_NOOP("Achievements", "участие"), "участ"},
};
const Term kLevels[] = {
    {"school", QT_TRANSLATE_NOOP("Achievements", "школьный"), "школ|ОО|образовательн"},
    {"municipal", QT_TRANSLATE_NOOP("Achievements", "муниципальный"), "муницип|город|район"},
    {"regional", QT_TRANSLATE_NOOP("Achievements", "региональный"), "регион|област|кра|республик"},
    {"federal", QT_TRANSLATE_NOOP("Achievements", "всероссийский"), "всерос|федерал"},
    {"international", QT_TRANSLATE_NOOP("Achievements", "международный"), "междунар"},
};

template <size_t N>
QString codeOf(const Term (&terms)[N], const QString &text)
{
    const QString folded = TextFold::fold(text.trimmed());
    for (const Term &t : terms)
        if (folded == QLatin1String(t.code))
            return QLatin1String(t.code);
    for (const Term &t : terms)
        for (const QString &word : QString::fromUtf8(t.words).split(QLatin1Char('|')))
            if (!folded.isEmpty() && folded.startsWith(TextFold::fold(word)))
                return QLatin1String(t.code);
    return {};
}

template <size_t N>
QString titleOf(const Term (&terms)[N], const QString &code)
{
    for (const Term &t : terms)
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("Achievements", t.title);
    return code;
}
} // namespace

QStringList kinds()
{
    QStringList list;
    for (const Term &t : kKinds)
        list << QLatin1String(t.code);
    return list;
}

QStringList levels()
{
    QStringList list;
    for (const Term &t : kLevels)
        list << QLatin1String(t.code);
    return list;
}

QString kindTitle(const QString &code) { return titleOf(kKinds, code); }
QString levelTitle(const QString &code) { return titleOf(kLevels, code); }
QString kindCode(const QString &text) { return codeOf(kKinds, text); }
QString levelCode(const QString &text) { return codeOf(kLevels, text); }

Status check(const Achievement &a, const QDate &today)
{
    if (a.title.trimmed().isEmpty())
        return Status::failure(tr("Укажите название достижения (конкурс, олимпиада, мероприятие)."));
    if (!kinds().contains(a.kind))
        return Status::failure(tr("Вид достижения — диплом, грамота, сертификат или участие."));
    if (!a.level.isEmpty() && !levels().contains(a.level))
        return Status::failure(tr("Уровень — школьный, муниципальный, региональный, всероссийский или международный."));
    if (a.achievedOn.isValid() && a.achievedOn > today)
        return Status::failure(tr("Дата достижения %1 — в будущем.").arg(PersonValidator::russianDate(a.achievedOn)));
    return {};
}
} // namespace Achievements

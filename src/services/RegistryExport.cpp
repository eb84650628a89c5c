#include "services/RegistryExport.h"

#include "domain/AcademicYear.h"
#include "domain/Ages.h"
#include "services/XlsxWorkbook.h"
#include "storage/BankRepository.h"
#include "storage/PairRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace RegistryExport {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("RegistryExport", text); }

using Kind = XlsxWorkbook::Kind;

// Everything the two banks look up, read once.
struct Lookup
{
    QHash<qint64, PersonSummary> people; // the other side of the pairs only: the bank's own rows stream
    QHash<qint64, QString> partners, forms;
    QHash<qint64, QList<PairLink>> linksByPerson, membersByPair;
    QString organisation;

    Lookup(const DatabasePtr &db, int startYear, MemberRole otherSide)
    {
        const QSqlDatabase c = db->connection();
        PersonFilter partnersOnly;
        partnersOnly.ordered = false;
        partnersOnly.pairRole = otherSide;
        partnersOnly.pairYear = startYear;
        for (const PersonSummary &p : PersonRepository(c).summaries(partnersOnly))
            people.insert(p.id, p);
        for (const Partner &p : PartnerRepository(c).list())
            partners.insert(p.id, p.name);
        for (const MentoringForm &f : ReferenceRepository(c).forms())
            forms.insert(f.id, f.title);
        for (const PairLink &l : PairRepository(c).links(startYear)) {
            linksByPerson[l.personId].append(l);
            membersByPair[l.pairId].append(l);
        }
        SqlQuery org(c, QStringLiteral("SELECT name FROM organisation ORDER BY id LIMIT 1"));
        if (org.exec() && org.next())
            organisation = org.text(0);
    }

    QString placeOfPerson(qint64 id) const
    {
        const PersonSummary p = people.value(id);
        return placeOf(p.category, p.className, p.partnerId, p.workplace, p.position);
    }

    QString placeOf(PersonCategory category, const QString &className, qint64 partnerId, const QString &workplace,
                    const QString &position) const
    {
        if (category == PersonCategory::Pupil)
            return tr("%1, %2 класс").arg(organisation, className);
        QString place = partnerId ? partners.value(partnerId) : workplace;
        if (place.isEmpty())
            place = organisation;
        return position.isEmpty() ? place : place + QStringLiteral(", ") + position;
    }
    // The people on the other side of someone's pairs, and the pairs themselves.
    QList<qint64> partnersOf(qint64 id, MemberRole role) const
    {
        QList<qint64> others;
        for (const PairLink &mine : linksByPerson.value(id))
            if (mine.role == role)
                for (const PairLink &other : membersByPair.value(mine.pairId))
                    if (other.role != role && !others.contains(other.personId))
                        others << other.personId;
        return others;
    }

    QList<PairLink> pairsOf(qint64 id, MemberRole role) const
    {
        QList<PairLink> mine;
        for (const PairLink &l : linksByPerson.value(id))
            if (l.role == role)
                mine << l;
        return mine;
    }

    QString join(const QList<qint64> &ids, QString (Lookup::*what)(qint64) const) const
    {
        QStringList parts;
        for (qint64 id : ids)
            parts << (this->*what)(id);
        parts.removeDuplicates();
        return parts.join(QStringLiteral("; "));
    }
    QString nameOf(qint64 id) const { return people.value(id).fullName; }

    QString formsOf(const QList<PairLink> &pairs, qint64 fallbackForm) const
    {
        QStringList titles;
        for (const PairLink &l : pairs)
            titles << forms.value(l.formId);
        if (titles.isEmpty() && fallbackForm)
            titles << forms.value(fallbackForm);
        titles.removeAll(QString());
        titles.removeDuplicates();
        return titles.join(QStringLiteral("; "));
    }
};

QDate latestEnd(const QList<PairLink> &pairs, const QDate &completed)
{
    QDate end = completed;
    for (const PairLink &l : pairs)
        if (!end.isValid() || (l.endOn.isValid() && l.endOn > end))
            end = l.endOn;
    return end;
}

QString firstNonEmpty(const QString &a, const QList<PairLink> &pairs, QString PairLink::*field)
{
    if (!a.isEmpty())
        return a;
    for (const PairLink &l : pairs)
        if (!(l.*field).isEmpty())
            return l.*field;
    return {};
}

// A minor is reached through a legal representative (domain.md: «или законного представителя»).
QString contactsOf(const BankRow &r, const QDate &on)
{
    if (Ages::isMinorOn(r.birthDate, on) && !r.representative.isEmpty())
        return tr("представитель: %1").arg(r.representative);
    QStringList parts{r.phone, r.email};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString ageAndClass(const BankRow &r, const QDate &on)
{
    const auto age = Ages::ageOn(r.birthDate, on);
    QStringList parts;
    if (age)
        parts << QString::number(*age);
    if (r.category == PersonCategory::Pupil && !r.className.isEmpty())
        parts << r.className;
    return parts.join(QStringLiteral(" / ")); // the column is «Возраст / класс»: «12 / 6Б»
}
}

QString markedAsPersonal(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (name.contains(QStringLiteral("ПДн")) || name.contains(QStringLiteral("персональн"), Qt::CaseInsensitive))
        return path;
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(name.chopped(suffix.size()) + QStringLiteral(" (ПДн)") + suffix);
}

Status mentees(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path)
{
    const Lookup look(db, startYear, MemberRole::Mentor);
    XlsxWorkbook book(path, true);
    if (!book.isOpen())
        return Status::failure(tr("Не удалось создать файл %1.").arg(path));
    const QString year = AcademicYear(startYear).title();
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        tr("База наставляемых"), tr("База наставляемых, %1 учебный год").arg(year), reportDate,
        {{tr("№ п/п"), Kind::Integer, 6}, {tr("ФИО наставляемого"), Kind::Text, 28},
         {tr("Контактные данные (или законного представителя)"), Kind::Text, 28}, {tr("Возраст / класс"), Kind::Text, 12},
         {tr("Ключевой запрос"), Kind::Text, 30}, {tr("Дата вхождения в программу"), Kind::Date, 12},
         {tr("ФИО наставника"), Kind::Text, 28}, {tr("Место работы / учёбы наставника"), Kind::Text, 28},
         {tr("Форма наставничества"), Kind::Text, 20}, {tr("Место реализации программы"), Kind::Text, 22},
         {tr("Дата завершения программы"), Kind::Date, 12}, {tr("Результаты программы"), Kind::Text, 28},
         {tr("Ссылка на кейс / отзыв"), Kind::Text, 22}});
    int number = 0;
    const bool read = BankRepository(db->connection()).forEach(MemberRole::Mentee, startYear, [&](const BankRow &r) {
        const QList<PairLink> pairs = look.pairsOf(r.personId, MemberRole::Mentee);
        const QList<qint64> mentors = look.partnersOf(r.personId, MemberRole::Mentee);
        sheet->writeRow({++number, r.fullName, contactsOf(r, reportDate), ageAndClass(r, reportDate), r.request,
                         r.enteredOn, look.join(mentors, &Lookup::nameOf), look.join(mentors, &Lookup::placeOfPerson),
                         look.formsOf(pairs, r.formId), look.organisation, latestEnd(pairs, r.completedOn),
                         firstNonEmpty(r.results, pairs, &PairLink::results),
                         firstNonEmpty(r.caseLink, pairs, &PairLink::caseLink)});
    });
    if (!read)
        return Status::failure(tr("Не удалось прочитать базу наставляемых."));
    return book.close();
}

Status mentors(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path)
{
    const Lookup look(db, startYear, MemberRole::Mentee);
    XlsxWorkbook book(path, true);
    if (!book.isOpen())
        return Status::failure(tr("Не удалось создать файл %1.").arg(path));
    const QString year = AcademicYear(startYear).title();
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        tr("База наставников"), tr("База наставников, %1 учебный год").arg(year), reportDate,
        {{tr("№ п/п"), Kind::Integer, 6}, {tr("ФИО наставника"), Kind::Text, 28}, {tr("Контактные данные"), Kind::Text, 26},
         {tr("Место работы / учёбы"), Kind::Text, 28}, {tr("Компетенции, достижения, интересы"), Kind::Text, 32},
         {tr("Желаемый возраст наставляемых"), Kind::Text, 12}, {tr("Ресурс времени"), Kind::Text, 16},
         {tr("ФИО наставляемого(ых)"), Kind::Text, 30}, {tr("Место работы / учёбы наставляемого"), Kind::Text, 28},
         {tr("Форма наставничества"), Kind::Text, 20}, {tr("Место реализации программы"), Kind::Text, 22},
         {tr("Начало"), Kind::Date, 12}, {tr("Завершение"), Kind::Date, 12}, {tr("Результаты программы"), Kind::Text, 28},
         {tr("Ссылка на кейс / отзыв"), Kind::Text, 22}});
    int number = 0;
    const bool read = BankRepository(db->connection()).forEach(MemberRole::Mentor, startYear, [&](const BankRow &r) {
        const QList<PairLink> pairs = look.pairsOf(r.personId, MemberRole::Mentor);
        const QList<qint64> mentees = look.partnersOf(r.personId, MemberRole::Mentor);
        const QString ages = r.desiredAgeFrom || r.desiredAgeTo
                                 ? QStringLiteral("%1–%2").arg(r.desiredAgeFrom).arg(r.desiredAgeTo) : QString();
        QDate start;
        for (const PairLink &l : pairs)
            if (!start.isValid() || (l.startedOn.isValid() && l.startedOn < start))
                start = l.startedOn;
        sheet->writeRow({++number, r.fullName, contactsOf(r, reportDate),
                         look.placeOf(r.category, r.className, r.partnerId, r.workplace, r.position), r.about, ages,
                         r.timeResource, look.join(mentees, &Lookup::nameOf), look.join(mentees, &Lookup::placeOfPerson),
                         look.formsOf(pairs, r.formId), look.organisation, start, latestEnd(pairs, r.completedOn),
                         firstNonEmpty(r.results, pairs, &PairLink::results),
                         firstNonEmpty(r.caseLink, pairs, &PairLink::caseLink)});
    });
    if (!read)
        return Status::failure(tr("Не удалось прочитать базу наставников."));
    return book.close();
}

} // namespace RegistryExport

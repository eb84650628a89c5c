#include "services/RegistryExport.h"

#include "domain/AcademicYear.h"
#include "domain/Ages.h"
#include "services/BankColumnSets.h"
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

QDate earliestStart(const QList<PairLink> &pairs)
{
    QDate start;
    for (const PairLink &l : pairs)
        if (!start.isValid() || (l.startedOn.isValid() && l.startedOn < start))
            start = l.startedOn;
    return start;
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

constexpr qint64 kProgressStep = 1000;

XlsxWorkbook::Kind kindOf(BankColumns::Kind kind)
{
    switch (kind) {
    case BankColumns::Kind::Date: return Kind::Date;
    case BankColumns::Kind::Integer: return Kind::Integer;
    case BankColumns::Kind::Text: break;
    }
    return Kind::Text;
}

// The cells of a bank's row in the order of the column set; the pairs of the person are looked up
// once a row, and only when a column needs them.
class BankCells
{
public:
    BankCells(const Lookup &look, MemberRole bank, const QDate &reportDate)
        : m_look(look), m_bank(bank), m_on(reportDate) {}

    void fill(QVariantList &row, const QList<BankColumns::Column> &columns, const BankRow &r, qint64 number) const
    {
        row.clear();
        std::optional<QList<PairLink>> pairs;
        std::optional<QList<qint64>> partners;
        const auto pairsOf = [&]() -> const QList<PairLink> & {
            if (!pairs)
                pairs = m_look.pairsOf(r.personId, m_bank);
            return *pairs;
        };
        const auto partnersOf = [&]() -> const QList<qint64> & {
            if (!partners)
                partners = m_look.partnersOf(r.personId, m_bank);
            return *partners;
        };
        for (const BankColumns::Column &c : columns)
            row << cell(c.field, r, number, pairsOf, partnersOf);
    }

private:
    template <typename Pairs, typename Partners>
    QVariant cell(BankColumns::Field field, const BankRow &r, qint64 number, Pairs &pairsOf, Partners &partnersOf) const
    {
        using F = BankColumns::Field;
        switch (field) {
        case F::Number: return number;
        case F::Name: return r.fullName;
        case F::Contacts: return contactsOf(r, m_on);
        case F::AgeClass: return ageAndClass(r, m_on);
        case F::BirthDate: return r.birthDate;
        case F::Age: {
            const auto age = Ages::ageOn(r.birthDate, m_on);
            return age ? QVariant(*age) : QVariant();
        }
        case F::ClassName: return r.category == PersonCategory::Pupil ? r.className : QString();
        case F::Phone: return r.phone;
        case F::Email: return r.email;
        case F::Representative: return r.representative;
        case F::Workplace: return m_look.placeOf(r.category, r.className, r.partnerId, r.workplace, r.position);
        case F::Request: return r.request;
        case F::About: return r.about;
        case F::DesiredAge:
            return r.desiredAgeFrom || r.desiredAgeTo ? QStringLiteral("%1–%2").arg(r.desiredAgeFrom).arg(r.desiredAgeTo) : QString();
        case F::TimeResource: return r.timeResource;
        case F::EnteredOn: return r.enteredOn;
        case F::Partners: return m_look.join(partnersOf(), &Lookup::nameOf);
        case F::PartnersPlace: return m_look.join(partnersOf(), &Lookup::placeOfPerson);
        case F::Form: return m_look.formsOf(pairsOf(), r.formId);
        case F::Place: return m_look.organisation;
        case F::Start: return earliestStart(pairsOf());
        case F::End: return latestEnd(pairsOf(), r.completedOn);
        case F::Results: return firstNonEmpty(r.results, pairsOf(), &PairLink::results);
        case F::CaseLink: return firstNonEmpty(r.caseLink, pairsOf(), &PairLink::caseLink);
        }
        return {};
    }

    const Lookup &m_look;
    MemberRole m_bank;
    QDate m_on;
};
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

Status bank(const DatabasePtr &db, MemberRole bank, int startYear, const QDate &reportDate, const QString &path,
            const Options &options)
{
    const QList<BankColumns::Column> columns = options.columns ? *options.columns : BankColumnSets(db).columns(bank);
    const MemberRole otherSide = bank == MemberRole::Mentee ? MemberRole::Mentor : MemberRole::Mentee;
    const Lookup look(db, startYear, otherSide);
    const BankRepository rows(db->connection());
    const qint64 total = rows.count(bank, startYear);
    XlsxWorkbook book(path, true);
    if (!book.isOpen())
        return Status::failure(tr("Не удалось создать файл %1.").arg(path));
    const QString year = AcademicYear(startYear).title();
    const QString title = bank == MemberRole::Mentee ? tr("База наставляемых") : tr("База наставников");
    QList<XlsxWorkbook::Column> header;
    for (const BankColumns::Column &c : columns) {
        const BankColumns::FieldInfo info = BankColumns::info(c.field);
        header.append({c.title, kindOf(info.kind), info.width});
    }
    XlsxWorkbook::Sheet *sheet = book.addSheet(title, tr("%1, %2 учебный год").arg(title, year), reportDate, header);
    const BankCells cells(look, bank, reportDate);
    QVariantList row;
    qint64 number = 0;
    bool cancelled = !reportProgress(options.progress, 0, total);
    const bool read = cancelled || rows.forEach(bank, startYear, [&](const BankRow &r) {
        cells.fill(row, columns, r, ++number);
        sheet->writeRow(row);
        if (number % kProgressStep == 0)
            cancelled = !reportProgress(options.progress, number, total);
        return !cancelled;
    });
    if (!read)
        return Status::failure(tr("Не удалось прочитать базу %1.").arg(bank == MemberRole::Mentee ? tr("наставляемых") : tr("наставников")));
    if (cancelled || !reportProgress(options.progress, total, total))
        return Status::failure(tr("Сохранение отменено, файл не создан."));
    return book.close();
}

} // namespace RegistryExport

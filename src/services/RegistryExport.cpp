#include "services/RegistryExport.h"

#include "domain/AcademicYear.h"
#include "domain/Ages.h"
#include "services/BankColumnSets.h"
#include "services/BankLookup.h"
#include "services/RowPipe.h"
#include "services/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace RegistryExport {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("RegistryExport", text); }

using Kind = XlsxWorkbook::Kind;

using Pairs = BankLookup::Pairs;

QDate latestEnd(const Pairs &pairs, const QDate &completed)
{
    QDate end = completed;
    for (const PairLink *l : pairs)
        if (!end.isValid() || (l->endOn.isValid() && l->endOn > end))
            end = l->endOn;
    return end;
}

QDate earliestStart(const Pairs &pairs)
{
    QDate start;
    for (const PairLink *l : pairs)
        if (!start.isValid() || (l->startedOn.isValid() && l->startedOn < start))
            start = l->startedOn;
    return start;
}

QString firstNonEmpty(const QString &a, const Pairs &pairs, QString PairLink::*field)
{
    if (!a.isEmpty())
        return a;
    for (const PairLink *l : pairs)
        if (!(l->*field).isEmpty())
            return l->*field;
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
    BankCells(const BankLookup &look, const QDate &reportDate) : m_look(look), m_on(reportDate) {}

    QVariantList row(const QList<BankColumns::Column> &columns, const BankRow &r, qint64 number) const
    {
        QVariantList row;
        row.reserve(columns.size());
        std::optional<Pairs> pairs;
        std::optional<BankLookup::People> partners;
        const auto pairsOf = [&]() -> const Pairs & {
            if (!pairs)
                pairs = m_look.pairsOf(r.personId);
            return *pairs;
        };
        const auto partnersOf = [&]() -> const BankLookup::People & {
            if (!partners)
                partners = m_look.partnersOf(pairsOf());
            return *partners;
        };
        for (const BankColumns::Column &c : columns)
            row << cell(c.field, r, number, pairsOf, partnersOf);
        return row;
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
        case F::Workplace: return m_look.placeOf(r);
        case F::Request: return r.request;
        case F::About: return r.about;
        case F::DesiredAge:
            return r.desiredAgeFrom || r.desiredAgeTo ? QStringLiteral("%1–%2").arg(r.desiredAgeFrom).arg(r.desiredAgeTo) : QString();
        case F::TimeResource: return r.timeResource;
        case F::EnteredOn: return r.enteredOn;
        case F::Partners: return m_look.namesOf(partnersOf());
        case F::PartnersPlace: return m_look.placesOf(partnersOf());
        case F::Form: return m_look.formsOf(pairsOf(), r.formId);
        case F::Place: return m_look.organisation();
        case F::Start: return earliestStart(pairsOf());
        case F::End: return latestEnd(pairsOf(), r.completedOn);
        case F::Results: return firstNonEmpty(r.results, pairsOf(), &PairLink::results);
        case F::CaseLink: return firstNonEmpty(r.caseLink, pairsOf(), &PairLink::caseLink);
        }
        return {};
    }

    const BankLookup &m_look;
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
    const BankLookup look(db, startYear, bank);
    const BankRepository rows(db->connection());
    const qint64 total = rows.count(bank, startYear);
    XlsxWorkbook book(path, true);
    if (Status s = book.opened(); !s)
        return s;
    const QString year = AcademicYear(startYear).title();
    const QString title = bank == MemberRole::Mentee ? tr("База наставляемых") : tr("База наставников");
    QList<XlsxWorkbook::Column> header;
    for (const BankColumns::Column &c : columns) {
        const BankColumns::FieldInfo info = BankColumns::info(c.field);
        header.append({c.title, kindOf(info.kind), info.width});
    }
    XlsxWorkbook::Sheet *sheet = book.addSheet(title, tr("%1, %2 учебный год").arg(title, year), reportDate, header);
    const BankCells cells(look, reportDate);
    qint64 number = 0;
    bool cancelled = !reportProgress(options.progress, 0, total);
    bool read = cancelled;
    {
        // The store is read and the row's values made on this thread, which owns the connection;
        // another core turns them into the workbook's cells meanwhile (the values are implicitly
        // shared Qt types: handing them over copies no text).
        RowPipe<QVariantList> pipe([&](const QVariantList &row) { sheet->writeRow(row); });
        read = read || rows.forEach(bank, startYear, [&](const BankRow &r) {
            pipe.push(cells.row(columns, r, ++number));
            if (number % kProgressStep == 0)
                cancelled = !reportProgress(options.progress, number, total);
            return !cancelled;
        });
    }
    if (!read)
        return Status::failure(tr("Не удалось прочитать базу %1.").arg(bank == MemberRole::Mentee ? tr("наставляемых") : tr("наставников")));
    if (cancelled || !reportProgress(options.progress, total, total))
        return Status::failure(tr("Сохранение отменено, файл не создан."));
    return book.close();
}

} // namespace RegistryExport

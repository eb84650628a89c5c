#include "services/ForgetService.h"

#include "domain/NameRedaction.h"
#include "services/Audit.h"
#include "storage/PersonRepository.h"
#include "storage/PersonalDataRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ForgetService", text); }

const QString kLastName = QStringLiteral("Удалённый участник");

QString firstNameOf(qint64 personId) { return QStringLiteral("№%1").arg(personId); }

// Deleted and overwritten values are zeroed in the file rather than left in free space.
class SecureDelete
{
public:
    explicit SecureDelete(QSqlDatabase db) : m_db(std::move(db)) { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = ON")); }
    ~SecureDelete()
    {
        // The old pages are still in the write-ahead log until it is checkpointed and emptied.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    }

private:
    QSqlDatabase m_db;
};
} // namespace

QString ForgetService::label(qint64 personId)
{
    return kLastName + QLatin1Char(' ') + firstNameOf(personId);
}

Result<ForgetReport> ForgetService::forget(qint64 personId)
{
    using R = Result<ForgetReport>;
    PersonalDataRepository data(m_db->connection());
    const std::optional<Person> person = PersonRepository(m_db->connection()).find(personId);
    if (!person)
        return R::failure(tr("Участник №%1 не найден.").arg(personId));
    if (data.isForgotten(personId))
        return R::failure(tr("Данные участника №%1 уже удалены.").arg(personId));

    ForgetReport report;
    report.label = label(personId);
    const SecureDelete secureDelete(m_db->connection());
    const Status done = m_db->transaction([&]() -> Status {
        const auto representatives = data.unlinkRepresentatives(personId);
        if (!representatives)
            return Status::failure(representatives.error());
        QList<Person> forgotten{*person};
        for (qint64 id : *representatives)
            if (const auto representative = PersonRepository(m_db->connection()).find(id))
                forgotten << *representative;
        QStringList nameParts;
        for (const Person &p : forgotten) {
            nameParts << p.lastName << p.firstName << p.patronymic;
            if (Status s = data.anonymise(p.id, kLastName, firstNameOf(p.id)); !s)
                return s;
            if (Status s = data.clearOwnTexts(p.id); !s)
                return s;
            if (Status s = audit(*m_db, QStringLiteral("person"), p.id, QStringLiteral("forget")); !s)
                return s;
        }
        report.representativesForgotten = *representatives;
        const auto cells = data.textsAround(personId);
        if (!cells)
            return Status::failure(cells.error());
        for (PersonalDataRepository::TextCell cell : *cells) {
            const QString redacted = NameRedaction::redact(cell.text, nameParts);
            if (redacted == cell.text)
                continue;
            cell.text = redacted;
            if (Status s = data.setText(cell); !s)
                return s;
            ++report.textsRedacted;
        }
        return Status();
    });
    if (!done)
        return R::failure(tr("Данные не удалены, база не изменена: %1").arg(done.error()));
    return report;
}

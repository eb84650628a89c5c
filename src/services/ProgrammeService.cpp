#include "services/ProgrammeService.h"

#include "domain/PersonValidator.h"
#include "services/Audit.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProgrammeService", text); }

Status check(const Programme &g)
{
    if (g.title.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("ProgrammeService", "Укажите наименование программы."));
    if (g.periodFrom.isValid() && g.periodTo.isValid() && g.periodTo < g.periodFrom)
        return Status::failure(QCoreApplication::translate("ProgrammeService", "Период программы: окончание %1 раньше начала %2.")
                                   .arg(PersonValidator::russianDate(g.periodTo), PersonValidator::russianDate(g.periodFrom)));
    const QUrl link(g.publicationLink.trimmed(), QUrl::StrictMode);
    if (!g.publicationLink.trimmed().isEmpty() && (!link.isValid() || !link.scheme().startsWith(QLatin1String("http"))))
        return Status::failure(QCoreApplication::translate("ProgrammeService", "Ссылка на публикацию «%1» — не адрес сайта (нужно http:// или https://).").arg(g.publicationLink));
    return {};
}
} // namespace

QList<Programme> ProgrammeService::list() const
{
    return ProgrammeRepository(m_db.connection()).list();
}

Result<Programme> ProgrammeService::find(qint64 id) const
{
    return ProgrammeRepository(m_db.connection()).find(id);
}

Result<qint64> ProgrammeService::save(const Programme &g)
{
    if (const Status checked = check(g); !checked)
        return Result<qint64>::failure(checked.error());
    qint64 id = g.id;
    const Status written = m_db.transaction([&]() -> Status {
        ProgrammeRepository programmes(m_db.connection());
        if (id == 0) {
            const auto inserted = programmes.insert(g);
            if (!inserted)
                return Status::failure(inserted.error());
            id = inserted.value();
        } else if (const Status s = programmes.update(g); !s) {
            return s;
        }
        return audit(m_db, QStringLiteral("programme"), id, g.id == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Status ProgrammeService::remove(qint64 id)
{
    const auto found = find(id);
    if (!found)
        return Status::failure(found.error());
    if (found->pairCount > 0)
        return Status::failure(tr("К программе «%1» прикреплены пары и группы (%2): сначала открепите их.")
                                   .arg(found->title).arg(found->pairCount));
    return m_db.transaction([&]() -> Status {
        if (const Status s = ProgrammeRepository(m_db.connection()).remove(id); !s)
            return s;
        return audit(m_db, QStringLiteral("programme"), id, QStringLiteral("delete"));
    });
}

Status ProgrammeService::restore(const Programme &g)
{
    const auto inserted = ProgrammeRepository(m_db.connection()).insert(g);
    return inserted ? Status() : Status::failure(inserted.error());
}

Status ProgrammeService::attach(qint64 pairId, qint64 programmeId)
{
    return m_db.transaction([&]() -> Status {
        if (const Status s = ProgrammeRepository(m_db.connection()).attach(pairId, programmeId); !s)
            return s;
        return audit(m_db, QStringLiteral("mentoring_pair"), pairId, QStringLiteral("programme"), QString::number(programmeId));
    });
}

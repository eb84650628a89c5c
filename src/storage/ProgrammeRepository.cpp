#include "storage/ProgrammeRepository.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
const char *const kColumns = "g.id, g.title, g.target_audience, g.period_from, g.period_to, g.form_id, g.goals, g.tasks, "
                             "g.mentor_selection, g.mentor_training, g.monitoring, g.motivation, g.expected_results, g.partners, "
                             "g.actual_results, g.publication_link, (SELECT count(*) FROM mentoring_pair p WHERE p.programme_id = g.id)";

Programme read(const SqlQuery &q)
{
    Programme g;
    g.id = q.integer(0);
    g.title = q.text(1);
    g.targetAudience = q.text(2);
    g.periodFrom = q.date(3);
    g.periodTo = q.date(4);
    g.formId = q.integer(5);
    g.goals = q.text(6);
    g.tasks = q.text(7);
    g.mentorSelection = q.text(8);
    g.mentorTraining = q.text(9);
    g.monitoring = q.text(10);
    g.motivation = q.text(11);
    g.expectedResults = q.text(12);
    g.partners = q.text(13);
    g.actualResults = q.text(14);
    g.publicationLink = q.text(15);
    g.pairCount = int(q.integer(16));
    return g;
}

// The card's values in the order of the columns after id, for INSERT and UPDATE alike.
QVariantList cardValues(const Programme &g)
{
    return {g.title.trimmed(), SqlQuery::textOrNull(g.targetAudience), SqlQuery::dateValue(g.periodFrom),
            SqlQuery::dateValue(g.periodTo), SqlQuery::idOrNull(g.formId), SqlQuery::textOrNull(g.goals), SqlQuery::textOrNull(g.tasks),
            SqlQuery::textOrNull(g.mentorSelection), SqlQuery::textOrNull(g.mentorTraining), SqlQuery::textOrNull(g.monitoring),
            SqlQuery::textOrNull(g.motivation), SqlQuery::textOrNull(g.expectedResults), SqlQuery::textOrNull(g.partners),
            SqlQuery::textOrNull(g.actualResults), SqlQuery::textOrNull(g.publicationLink)};
}
} // namespace

QList<Programme> ProgrammeRepository::list() const
{
    QList<Programme> list;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM programme g ORDER BY g.title").arg(QLatin1String(kColumns)));
    if (q.exec())
        while (q.next())
            list.append(read(q));
    return list;
}

Result<Programme> ProgrammeRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM programme g WHERE g.id = ?").arg(QLatin1String(kColumns)));
    q.bindAll({id});
    if (!q.exec())
        return Result<Programme>::failure(q.error());
    if (!q.next())
        return Result<Programme>::failure(QCoreApplication::translate("ProgrammeRepository", "Программа не найдена."));
    return read(q);
}

Result<qint64> ProgrammeRepository::insert(const Programme &g)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO programme (id, title, target_audience, period_from, period_to, form_id, goals, tasks, mentor_selection, "
        "mentor_training, monitoring, motivation, expected_results, partners, actual_results, publication_link) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(QVariantList{SqlQuery::idOrNull(g.id)} + cardValues(g));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return g.id ? g.id : q.lastInsertId(); // a restored row keeps its id
}

Status ProgrammeRepository::update(const Programme &g)
{
    SqlQuery q(m_db, QStringLiteral(
        "UPDATE programme SET title = ?, target_audience = ?, period_from = ?, period_to = ?, form_id = ?, goals = ?, tasks = ?, "
        "mentor_selection = ?, mentor_training = ?, monitoring = ?, motivation = ?, expected_results = ?, partners = ?, "
        "actual_results = ?, publication_link = ? WHERE id = ?"));
    q.bindAll(cardValues(g) + QVariantList{g.id});
    return q.exec() ? Status() : q.status();
}

Status ProgrammeRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM programme WHERE id = ?"));
    q.bindAll({id});
    return q.exec() ? Status() : q.status();
}

Status ProgrammeRepository::attach(qint64 pairId, qint64 programmeId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE mentoring_pair SET programme_id = ? WHERE id = ?"));
    q.bindAll({SqlQuery::idOrNull(programmeId), pairId});
    return q.exec() ? Status() : q.status();
}

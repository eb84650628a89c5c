#pragma once
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A school of a municipal server and who curates it.
struct ServerSchool
{
    qint64 id = 0;
    QString name;
    QStringList curators;
};

// The server administrator's work: schools, their curators' and the coordinator's sign-ins. Each
// sign-in is a PostgreSQL role of its own (a member of kurator_curator or kurator_coordinator), so
// that what it may read is the server's business (resources/server/access.sql), not the app's.
class ServerAccounts
{
public:
    explicit ServerAccounts(QSqlDatabase db) : m_db(std::move(db)) {}

    // A new school (an organisation) with its curator; an existing role keeps its password when none
    // is given. Returns the school's number.
    Result<qint64> addSchool(const QString &name, const QString &curator, const QString &password);
    // A curator of a school already on the server (a second one, or a replacement).
    Status addCurator(qint64 schoolId, const QString &curator, const QString &password);
    Status addCoordinator(const QString &login, const QString &password);
    // The schools, with their curators when the session may see the sign-ins (not the coordinator's).
    QList<ServerSchool> schools() const;
    // The school a coordinator's or the administrator's session reads and writes from now on: 1 (the
    // default) is the municipality itself, 0 every school at once (for reading the figures of all).
    // A curator's session stays on their own school whatever this says (kurator_org()).
    Status chooseSchool(qint64 schoolId);
    // The session is the coordinator's (a member of kurator_coordinator, the server's own rules on it).
    bool isCoordinator() const;

private:
    Status ensureRole(const QString &login, const QString &password, const QString &group);
    Status map(const QString &login, const QString &kind, qint64 schoolId);
    QSqlDatabase m_db;
};

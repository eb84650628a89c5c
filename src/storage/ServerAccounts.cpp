#include "storage/ServerAccounts.h"

#include "domain/TextFold.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ServerAccounts", text); }

// Role names become part of DDL: only what needs no quoting in PostgreSQL and reads well in a list.
bool isLogin(const QString &login)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return name.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_")) &&
           !login.startsWith(QLatin1String("kurator_"));
}

// DDL takes no parameters; the server quotes the name and the password itself (format's %I and %L).
Status execFormatted(const QSqlDatabase &db, const QString &pattern, const QVariantList &values)
{
    SqlQuery format(db, QStringLiteral("SELECT format(?::text%1)").arg(QStringLiteral(", ?::text").repeated(values.size())));
    format.bindAll(QVariantList{pattern} + values);
    if (!format.exec() || !format.next())
        return format.status();
    QSqlQuery ddl(db);
    if (!ddl.exec(format.text(0)))
        return Status::failure(QCoreApplication::translate("ServerAccounts", "Сервер отказал: %1").arg(ddl.lastError().databaseText()));
    return {};
}
}

Status ServerAccounts::ensureRole(const QString &login, const QString &password, const QString &group)
{
    if (!isLogin(login))
        return Status::failure(tr("Имя входа «%1» не подходит: латинские строчные буквы, цифры и «_», не больше 63 "
                                  "знаков, с буквы; не с «pg_» и не с «kurator_».").arg(login));
    SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.bindAll({login});
    if (!exists.exec())
        return exists.status();
    if (!exists.next()) {
        if (password.isEmpty())
            return Status::failure(tr("Для нового входа «%1» нужен пароль.").arg(login));
        if (Status s = execFormatted(m_db, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {login, password}); !s)
            return s;
    } else if (!password.isEmpty()) {
        if (Status s = execFormatted(m_db, QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L"), {login, password}); !s)
            return s;
    }
    // One sign-in, one kind: a curator who became the coordinator stops being a curator, and back.
    const QString other = group == QLatin1String("kurator_curator") ? QStringLiteral("kurator_coordinator")
                                                                    : QStringLiteral("kurator_curator");
    if (Status s = execFormatted(m_db, QStringLiteral("REVOKE %I FROM %I"), {other, login}); !s)
        return s;
    return execFormatted(m_db, QStringLiteral("GRANT %I TO %I"), {group, login});
}

Status ServerAccounts::map(const QString &login, const QString &kind, qint64 schoolId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO kurator_account (role_name, kind, org_id) VALUES (?, ?, ?) ON CONFLICT "
                                    "(role_name) DO UPDATE SET kind = excluded.kind, org_id = excluded.org_id"));
    q.bindAll({login, kind, SqlQuery::idOrNull(schoolId)});
    return q.exec() ? Status() : q.status();
}

Result<qint64> ServerAccounts::addSchool(const QString &name, const QString &curator, const QString &password)
{
    using R = Result<qint64>;
    const QString title = name.simplified();
    if (title.isEmpty())
        return R::failure(tr("Не указано название школы."));
    // Compared here, folded: the server's lower() leaves Cyrillic as it is under the C collation.
    for (const ServerSchool &school : schools())
        if (TextFold::fold(school.name) == TextFold::fold(title))
            return R::failure(tr("Школа «%1» уже есть на сервере (номер %2).").arg(school.name).arg(school.id));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO organisation (name, kind) VALUES (?, 'school') RETURNING id"));
    insert.bindAll({title});
    if (!insert.exec() || !insert.next())
        return R::failure(insert.error());
    const qint64 id = insert.integer(0);
    if (Status s = addCurator(id, curator, password); !s)
        return R::failure(s.error());
    return id;
}

Status ServerAccounts::addCurator(qint64 schoolId, const QString &curator, const QString &password)
{
    SqlQuery school(m_db, QStringLiteral("SELECT 1 FROM organisation WHERE id = ? AND kind = 'school'"));
    school.bindAll({schoolId});
    if (!school.exec() || !school.next())
        return Status::failure(tr("На сервере нет школы номер %1.").arg(schoolId));
    if (Status s = ensureRole(curator, password, QStringLiteral("kurator_curator")); !s)
        return s;
    return map(curator, QStringLiteral("curator"), schoolId);
}

Status ServerAccounts::addCoordinator(const QString &login, const QString &password)
{
    if (Status s = ensureRole(login, password, QStringLiteral("kurator_coordinator")); !s)
        return s;
    return map(login, QStringLiteral("coordinator"), 0);
}

QList<ServerSchool> ServerAccounts::schools() const
{
    QList<ServerSchool> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM organisation WHERE kind = 'school' ORDER BY id"));
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), q.text(1), {}});
    SqlQuery mayRead(m_db, QStringLiteral("SELECT has_table_privilege('kurator_account', 'SELECT')"));
    if (!mayRead.exec() || !mayRead.next() || !mayRead.value(0).toBool())
        return list;
    SqlQuery accounts(m_db, QStringLiteral("SELECT org_id, role_name FROM kurator_account WHERE kind = 'curator' ORDER BY role_name"));
    if (accounts.exec())
        while (accounts.next())
            for (ServerSchool &school : list)
                if (school.id == accounts.integer(0))
                    school.curators << accounts.text(1);
    return list;
}

Status ServerAccounts::chooseSchool(qint64 schoolId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT set_config('kurator.school', ?, false)"));
    q.bindAll({QString::number(std::max<qint64>(schoolId, 0))});
    return q.exec() ? Status() : q.status();
}

bool ServerAccounts::isCoordinator() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT pg_has_role('kurator_coordinator', 'MEMBER')"));
    return q.exec() && q.next() && q.value(0).toBool();
}

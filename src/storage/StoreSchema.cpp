#include "storage/StoreSchema.h"

#include <QSqlQuery>
#include <QSet>

namespace StoreSchema {
namespace {
QSqlQuery pragma(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q;
}

Table describe(const QSqlDatabase &db, const QString &name)
{
    Table t;
    t.name = name;
    QSqlQuery info = pragma(db, QStringLiteral("PRAGMA table_info(%1)").arg(name));
    while (info.next()) { // cid, name, type, notnull, dflt_value, pk
        const QString column = info.value(1).toString();
        if (column == QLatin1String("id"))
            t.hasId = true;
        else if (column != QLatin1String("org_id"))
            t.columns << column;
        if (info.value(5).toInt() > 0 && column != QLatin1String("id") && column != QLatin1String("org_id"))
            t.primaryKey << column;
    }
    QSqlQuery keys = pragma(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name));
    while (keys.next()) { // id, seq, table, from, to, …
        const QString target = keys.value(2).toString();
        if (target != QLatin1String("organisation"))
            t.references.append({keys.value(3).toString(), target});
    }
    QSqlQuery indexes = pragma(db, QStringLiteral("PRAGMA index_list(%1)").arg(name));
    QStringList unique;
    while (indexes.next()) // seq, name, unique, origin, partial
        if (indexes.value(2).toInt() == 1 && indexes.value(3).toString() == QLatin1String("u"))
            unique << indexes.value(1).toString();
    for (const QString &index : std::as_const(unique)) {
        QSqlQuery columns = pragma(db, QStringLiteral("PRAGMA index_info('%1')").arg(index));
        QStringList key;
        while (columns.next())
            if (columns.value(2).toString() != QLatin1String("org_id"))
                key << columns.value(2).toString();
        if (!key.isEmpty())
            t.uniqueKeys << key;
    }
    return t;
}
}

QList<Table> tables(const QSqlDatabase &sqlite)
{
    static const QSet<QString> skipped{QStringLiteral("schema_version"), QStringLiteral("organisation"),
                                       QStringLiteral("audit_log")};
    QList<Table> pending;
    QSqlQuery names = pragma(sqlite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                                    "'sqlite_%' ORDER BY name"));
    while (names.next())
        if (!skipped.contains(names.value(0).toString()))
            pending << describe(sqlite, names.value(0).toString());
    // Parents first: a table goes when every table it refers to (but itself) has gone.
    QList<Table> ordered;
    QSet<QString> placed;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Table &t = pending[i];
            const bool ready = std::all_of(t.references.begin(), t.references.end(), [&](const Reference &r) {
                return r.table == t.name || placed.contains(r.table) || skipped.contains(r.table);
            });
            if (ready) {
                placed.insert(t.name);
                ordered << pending.takeAt(i);
            } else {
                ++i;
            }
        }
        if (pending.size() == before) { // a cycle the schema does not have; keep going rather than hang
            ordered << pending;
            break;
        }
    }
    return ordered;
}

} // namespace StoreSchema

#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The tables of a Kurator store as its own schema describes them (SQLite's pragmas), parents before
// the tables that refer to them: what moving a school between a file and a server walks through,
// so that a table added by a later migration moves without anybody listing it here.
namespace StoreSchema {

struct Reference
{
    QString column;
    QString table; // the table whose id the column holds
};

struct Table
{
    QString name;
    bool hasId = false;          // an id of its own (rows are matched by it); else a key of references
    QStringList columns;         // without id and org_id, which the receiving store gives
    QStringList primaryKey;      // of a table without an id
    QList<Reference> references; // to other tables' ids (organisation's excluded: org_id is given)
    QList<QStringList> uniqueKeys; // without org_id: one school's rows are unique by these
};

// Every table of a school's data (not schema_version, not organisation, not the audit log, whose ids
// point into the store they were written in).
QList<Table> tables(const QSqlDatabase &sqlite);

} // namespace StoreSchema

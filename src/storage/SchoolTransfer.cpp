#include "storage/SchoolTransfer.h"

#include "storage/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "storage/StoreSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SchoolTransfer", text); }

const QString kStoreIdKey = QStringLiteral("store.id");
constexpr int kBatchRows = 200;
const QStringList kOriginColumns{QStringLiteral("source"), QStringLiteral("table_name"), QStringLiteral("local_id"),
                                 QStringLiteral("server_id"), QStringLiteral("row_hash")};

// A setting that names the store itself (store.id): it stays with its file, in either direction.
bool isStoreIdentity(const QString &table, const QStringList &columns, const QVariantList &values)
{
    return table == QLatin1String("app_setting") &&
           values.value(int(columns.indexOf(QStringLiteral("key")))).toString().startsWith(QLatin1String("store."));
}

struct Origin
{
    qint64 serverId = 0;
    QString hash;
};
using IdMap = QHash<QString, QHash<qint64, qint64>>; // table → id in the file → id on the server

// What a row holds, in a form both drivers give alike: the comparison of "changed since".
QString rowHash(const QVariantList &values)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QVariant &v : values) {
        hash.addData(v.isNull() ? QByteArray(1, '\0') : v.toString().toUtf8());
        hash.addData(QByteArray(1, '\x1f'));
    }
    // Text: a QByteArray would reach the server's text column in bytea's escaped form.
    return QString::fromLatin1(hash.result().toHex());
}

QString placeholders(int count)
{
    return QLatin1Char('(') + QStringLiteral("?, ").repeated(count).chopped(2) + QLatin1Char(')');
}

// The store's identity, made on its first transfer: origins are remembered per file.
Result<QString> storeId(Database &file)
{
    SettingsRepository settings(file.connection());
    QString id = settings.value(kStoreIdKey);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = file.transaction([&] { return settings.setValue(kStoreIdKey, id); }); !s)
        return Result<QString>::failure(s.error());
    return id;
}

Result<qint64> serverSchool(Database &server)
{
    using R = Result<qint64>;
    if (!server.isServer())
        return R::failure(QCoreApplication::translate("SchoolTransfer", "Выгрузка и загрузка школы — между файлом и муниципальным сервером."));
    SqlQuery q(server.connection(), QStringLiteral("SELECT kurator_home_org()"));
    if (!q.exec() || !q.next())
        return R::failure(q.error());
    if (q.integer(0) <= 1)
        return R::failure(QCoreApplication::translate("SchoolTransfer", "Не выбрана школа сервера: куратор работает со своей, администратор указывает номер школы."));
    return q.integer(0);
}

// Inserts rows in batches of one multi-row statement each.
Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                  const QString &tail = {})
{
    for (qsizetype from = 0; from < rows.size(); from += kBatchRows) {
        const qsizetype n = std::min<qsizetype>(kBatchRows, rows.size() - from);
        QStringList tuples;
        QVariantList values;
        for (qsizetype i = from; i < from + n; ++i) {
            tuples << placeholders(int(columns.size()));
            values << rows[i];
        }
        SqlQuery q(db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3 %4")
                           .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")), tail));
        q.bindAll(values);
        if (!q.exec())
            return q.status();
    }
    return {};
}

class Upload
{
public:
    Upload(Database &file, Database &server, qint64 school, QString source, const ProgressCallback &progress)
        : m_file(file.connection()), m_server(server.connection()), m_school(school), m_source(std::move(source)),
          m_progress(progress)
    {
    }

    Status run(UploadReport &report)
    {
        if (Status s = loadOrigins(); !s)
            return s;
        const QList<StoreSchema::Table> tables = StoreSchema::tables(m_file);
        for (int i = 0; i < tables.size(); ++i) {
            if (Status s = tables[i].hasId ? copyTable(tables[i], report) : copyKeyedTable(tables[i]); !s)
                return s;
            if (!reportProgress(m_progress, i + 1, tables.size()))
                return Status::failure(
                    QCoreApplication::translate("SchoolTransfer", "Выгрузка отменена; на сервере ничего не изменилось."));
        }
        return insertRows(m_server, QStringLiteral("kurator_origin"), kOriginColumns, m_newOrigins,
                          QStringLiteral("ON CONFLICT (org_id, source, table_name, local_id) DO UPDATE SET "
                                                       "server_id = excluded.server_id, row_hash = excluded.row_hash"));
    }

private:
    struct Row
    {
        qint64 id;
        QVariantList raw; // as in the file, references still the file's
    };

    Status loadOrigins()
    {
        SqlQuery q(m_server, QStringLiteral("SELECT table_name, local_id, server_id, row_hash FROM kurator_origin WHERE "
                                            "org_id = ? AND source = ?"));
        q.bindAll({m_school, m_source});
        if (!q.exec())
            return q.status();
        while (q.next()) {
            m_origins[q.text(0)].insert(q.integer(1), {q.integer(2), q.text(3)});
            m_ids[q.text(0)].insert(q.integer(1), q.integer(2));
        }
        return {};
    }

    // The server's rows of the school by a unique key (a form's code, a year's start…): a row of the
    // file with the same key is that row, not a second one.
    QHash<QString, qint64> serverKeys(const StoreSchema::Table &t, const QStringList &key) const
    {
        QHash<QString, qint64> keys;
        SqlQuery q(m_server, QStringLiteral("SELECT id, %1 FROM %2 WHERE org_id = ?").arg(key.join(QStringLiteral(", ")), t.name));
        q.bindAll({m_school});
        if (q.exec())
            while (q.next()) {
                QStringList parts;
                for (int k = 0; k < key.size(); ++k)
                    parts << q.text(k + 1);
                keys.insert(parts.join(QChar(0x1f)), q.integer(0));
            }
        return keys;
    }

    Status copyTable(const StoreSchema::Table &t, UploadReport &report)
    {
        QSqlQuery rows(m_file);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(t.columns.join(QStringLiteral(", ")), t.name)))
            return Status::failure(rows.lastError().text());
        QList<Row> all;
        while (rows.next()) {
            Row r{rows.value(0).toLongLong(), {}};
            for (int c = 0; c < t.columns.size(); ++c)
                r.raw << rows.value(c + 1);
            all << r;
        }
        // Ids first, for every row, so that a row referring to one of its own table finds it.
        const QHash<qint64, Origin> origins = m_origins.value(t.name);
        QSet<qint64> adopted, allocated;
        if (Status s = assignServerIds(t, all, adopted, allocated); !s)
            return s;
        const QHash<qint64, qint64> &ids = m_ids[t.name];

        QList<QVariantList> inserts;
        QList<std::pair<qint64, QVariantList>> changed; // local id, mapped values
        for (const Row &r : all) {
            auto m = mapValues(t, r.id, r.raw);
            if (!m)
                return Status::failure(m.error());
            const QString hash = rowHash(*m);
            const qint64 serverId = ids.value(r.id);
            if (allocated.contains(r.id)) {
                inserts << (QVariantList{serverId} + *m);
                m_newOrigins << QVariantList{m_source, t.name, r.id, serverId, hash};
                ++report.inserted;
            } else if (!adopted.contains(r.id) && origins.value(r.id).hash == hash) {
                ++report.unchanged;
            } else {
                changed.append({r.id, *m});
            }
        }
        if (Status s = insertRows(m_server, t.name, QStringList{QStringLiteral("id")} + t.columns, inserts); !s)
            return s;
        return updateChanged(t, changed, adopted, origins, report);
    }

    // The server's id of every row of the table: the one remembered from an earlier upload, the one of
    // the school's row with the same unique key (adopted), or a new one from the table's sequence
    // (allocated, all in one statement).
    Status assignServerIds(const StoreSchema::Table &t, const QList<Row> &rows, QSet<qint64> &adopted, QSet<qint64> &allocated)
    {
        QHash<qint64, qint64> &ids = m_ids[t.name];
        QList<QHash<QString, qint64>> keyed;
        for (const QStringList &key : t.uniqueKeys)
            keyed << serverKeys(t, key);
        QList<qint64> toAllocate;
        for (const Row &r : rows) {
            if (ids.contains(r.id))
                continue;
            // Only references to earlier tables are known here: a key holding one of this table's
            // own new ids cannot match a row of the server.
            qint64 match = 0;
            for (int k = 0; k < t.uniqueKeys.size() && !match; ++k) {
                QStringList parts;
                bool known = true;
                for (const QString &column : t.uniqueKeys[k]) {
                    QVariant v = r.raw.value(int(t.columns.indexOf(column)));
                    for (const StoreSchema::Reference &ref : t.references)
                        if (ref.column == column && !v.isNull()) {
                            known = known && ref.table != t.name && m_ids.value(ref.table).contains(v.toLongLong());
                            v = m_ids.value(ref.table).value(v.toLongLong());
                        }
                    parts << v.toString();
                }
                if (known)
                    match = keyed[k].value(parts.join(QChar(0x1f)));
            }
            if (match) {
                ids.insert(r.id, match);
                adopted.insert(r.id);
            } else {
                toAllocate << r.id;
            }
        }
        if (toAllocate.isEmpty())
            return {};
        SqlQuery next(m_server, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                                    .arg(t.name));
        next.bindAll({toAllocate.size()});
        if (!next.exec())
            return next.status();
        for (qint64 local : std::as_const(toAllocate)) {
            if (!next.next())
                return Status::failure(QCoreApplication::translate("SchoolTransfer", "Сервер не выдал номера новых записей таблицы %1.")
                                           .arg(t.name));
            ids.insert(local, next.integer(0));
            allocated.insert(local);
        }
        return {};
    }

    Result<QVariantList> mapValues(const StoreSchema::Table &t, qint64 id, QVariantList values) const
    {
        for (int c = 0; c < t.columns.size(); ++c)
            for (const StoreSchema::Reference &r : t.references)
                if (r.column == t.columns[c] && !values[c].isNull()) {
                    const QHash<qint64, qint64> targets = m_ids.value(r.table);
                    const auto found = targets.constFind(values[c].toLongLong());
                    if (found == targets.constEnd())
                        return Result<QVariantList>::failure(
                            QCoreApplication::translate("SchoolTransfer", "В файле запись %1 таблицы %2 ссылается на отсутствующую запись %3 таблицы %4; выгрузка "
                               "не выполнена.").arg(id).arg(t.name).arg(values[c].toLongLong()).arg(r.table));
                    values[c] = *found;
                }
        return values;
    }

    // Rows changed in the file (or found on the server by their key): updated where the server's row is
    // as it was at the last upload, reported where it changed there too.
    Status updateChanged(const StoreSchema::Table &t, const QList<std::pair<qint64, QVariantList>> &changed,
                         const QSet<qint64> &adopted, const QHash<qint64, Origin> &origins, UploadReport &report)
    {
        if (changed.isEmpty())
            return {};
        const QHash<qint64, qint64> &ids = m_ids[t.name];
        QHash<qint64, QVariantList> current; // server id → its values now
        QVariantList serverIds;
        for (const auto &[local, values] : changed)
            serverIds << ids.value(local);
        SqlQuery q(m_server, QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN %3")
                                 .arg(t.columns.join(QStringLiteral(", ")), t.name, placeholders(int(serverIds.size()))));
        q.bindAll(serverIds);
        if (!q.exec())
            return q.status();
        while (q.next()) {
            QVariantList values;
            for (int c = 0; c < t.columns.size(); ++c)
                values << q.value(c + 1);
            current.insert(q.integer(0), values);
        }
        QStringList assignments;
        for (const QString &c : t.columns)
            assignments << c + QStringLiteral(" = ?");
        for (const auto &[local, values] : changed) {
            const qint64 serverId = ids.value(local);
            const QString hash = rowHash(values);
            const auto now = current.constFind(serverId);
            const QString serverHash = now == current.constEnd() ? QString() : rowHash(*now);
            m_newOrigins << QVariantList{m_source, t.name, local, serverId, hash};
            if (serverHash == hash) { // the same on both sides already
                ++report.unchanged;
            } else if (!adopted.contains(local) && now != current.constEnd() && serverHash == origins.value(local).hash) {
                SqlQuery update(m_server, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(t.name, assignments.join(QStringLiteral(", "))));
                update.bindAll(values + QVariantList{serverId});
                if (!update.exec())
                    return update.status();
                ++report.updated;
            } else {
                report.conflicts.append({t.name, local, serverId, describe(t, values, local)});
            }
        }
        return {};
    }

    static QString describe(const StoreSchema::Table &t, const QVariantList &values, qint64 local)
    {
        if (t.name == QLatin1String("person"))
            return QStringLiteral("%1 %2").arg(values.value(int(t.columns.indexOf(QStringLiteral("last_name")))).toString(),
                                               values.value(int(t.columns.indexOf(QStringLiteral("first_name")))).toString());
        return QCoreApplication::translate("SchoolTransfer", "%1, запись %2 в файле").arg(t.name).arg(local);
    }

    // A table keyed by its references (a person's tag, a meeting's attendance) or by a name (a setting):
    // rows the server lacks are added, the server's own are kept.
    Status copyKeyedTable(const StoreSchema::Table &t)
    {
        QSqlQuery rows(m_file);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(t.columns.join(QStringLiteral(", ")), t.name)))
            return Status::failure(rows.lastError().text());
        QList<QVariantList> inserts;
        while (rows.next()) {
            QVariantList values;
            for (int c = 0; c < t.columns.size(); ++c)
                values << rows.value(c);
            if (isStoreIdentity(t.name, t.columns, values))
                continue;
            auto m = mapValues(t, 0, values);
            if (!m)
                return Status::failure(m.error());
            inserts << *m;
        }
        return insertRows(m_server, t.name, t.columns, inserts, QStringLiteral("ON CONFLICT DO NOTHING"));
    }

    QSqlDatabase m_file, m_server;
    qint64 m_school;
    QString m_source;
    ProgressCallback m_progress;
    QHash<QString, QHash<qint64, Origin>> m_origins;
    IdMap m_ids;
    QList<QVariantList> m_newOrigins;
};
}

QString UploadReport::summary() const
{
    return QCoreApplication::translate("SchoolTransfer", "Выгружено на сервер: новых записей %1, обновлено %2, без изменений %3.")
        .arg(inserted).arg(updated).arg(unchanged);
}

Result<UploadReport> SchoolTransfer::upload(Database &file, Database &server, const ProgressCallback &progress)
{
    using R = Result<UploadReport>;
    const auto school = serverSchool(server);
    if (!school)
        return R::failure(school.error());
    const auto source = storeId(file);
    if (!source)
        return R::failure(source.error());
    UploadReport report;
    Upload upload(file, server, *school, *source, progress);
    if (Status s = server.transaction([&] { return upload.run(report); }); !s)
        return R::failure(s.error());
    // The rows are in; what is left is for the speed of what reads them next.
    SqlQuery(server.connection(), QStringLiteral("SELECT kurator_refresh_statistics()")).exec();
    return report;
}

Result<int> SchoolTransfer::download(Database &server, const QString &path, const ProgressCallback &progress)
{
    using R = Result<int>;
    const auto school = serverSchool(server);
    if (!school)
        return R::failure(school.error());
    if (QFile::exists(path))
        return R::failure(tr("Файл %1 уже есть; школа загружается в новый файл, чтобы ничего не потерять.").arg(path));
    auto opened = Database::open(path);
    if (!opened)
        return R::failure(opened.error());
    DatabasePtr file = opened.value();
    int written = 0;
    QList<QVariantList> origins;
    const auto source = storeId(*file);
    Status copied = source ? Status() : Status::failure(source.error());
    if (copied)
        copied = file->transaction([&]() -> Status {
            const QList<StoreSchema::Table> tables = StoreSchema::tables(file->connection());
            for (int i = 0; i < tables.size(); ++i) {
                const StoreSchema::Table &t = tables[i];
                const QStringList columns = t.hasId ? QStringList{QStringLiteral("id")} + t.columns : t.columns;
                SqlQuery q(server.connection(), QStringLiteral("SELECT %1 FROM %2 WHERE org_id = ?%3")
                                                    .arg(columns.join(QStringLiteral(", ")), t.name,
                                                         t.hasId ? QStringLiteral(" ORDER BY id") : QString()));
                q.bindAll({*school});
                if (!q.exec())
                    return q.status();
                QList<QVariantList> rows;
                while (q.next()) {
                    QVariantList values;
                    for (int c = 0; c < columns.size(); ++c)
                        values << q.value(c);
                    if (isStoreIdentity(t.name, columns, values))
                        continue;
                    if (t.hasId)
                        origins << QVariantList{*source, t.name, values[0], values[0], rowHash(values.mid(1))};
                    rows << values;
                }
                if (Status s = insertRows(file->connection(), t.name, columns, rows); !s)
                    return s;
                written += int(rows.size());
                if (!reportProgress(progress, i + 1, tables.size()))
                    return Status::failure(tr("Загрузка отменена."));
            }
            SqlQuery name(server.connection(), QStringLiteral("SELECT name FROM organisation WHERE id = ?"));
            name.bindAll({*school});
            SqlQuery rename(file->connection(), QStringLiteral("UPDATE organisation SET name = ? WHERE id = 1"));
            rename.bindAll({name.exec() && name.next() ? name.value(0) : QVariant(QString())});
            return rename.exec() ? Status() : rename.status();
        });
    // The server remembers the new file's rows as its own, so that the file uploads back onto them.
    if (copied)
        copied = server.transaction([&] {
            return insertRows(server.connection(), QStringLiteral("kurator_origin"), kOriginColumns, origins);
        });
    if (!copied) {
        file.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return R::failure(copied.error());
    }
    return written;
}

#pragma once
#include "domain/Enums.h"
#include "storage/Database.h"

#include <QDate>

#include <QString>
#include <QTemporaryDir>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
std::ostream &operator<<(std::ostream &os, const QString &s);

// A fresh database in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    DatabasePtr db;

private:
    QTemporaryDir m_dir;
};

// A person of a small hand-built school: «<last> Тест», a pupil of 7А or a teacher since 2005.
qint64 addTestPerson(const DatabasePtr &db, PersonCategory category, const QDate &born, const char *lastName);

// A questionnaire of `rows` pupils of 7А born 01.09.2012 («Ученик N Тестович»), a CSV with ';' and a
// header row: big enough to show progress, quick to write.
QByteArray pupilsCsv(int rows);

// SHA-256 of a file's bytes: "left exactly as it was" in the tests means this did not change.
QByteArray fileHash(const QString &path);

// The demo school, built once per test process (deterministic, seed 7, fixed date 15.11.2024).
QString demoDatabasePath();

// A copy of the demo school of its own, for a test that changes it.
class DemoCopy
{
public:
    DemoCopy();
    QString path() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    DatabasePtr db;

private:
    QTemporaryDir m_dir;
};

// Another process that takes a store's lock and keeps it until it is killed, as a second instance
// of the app would.
class OtherHolder
{
public:
    explicit OtherHolder(const QString &storePath);
    ~OtherHolder() { kill(); }
    OtherHolder(const OtherHolder &) = delete;
    OtherHolder &operator=(const OtherHolder &) = delete;
    qint64 pid() const { return m_pid; }
    // SIGKILL: the holder gets no chance to remove its lock file, as in a crash.
    void kill();

private:
    qint64 m_pid = 0;
};

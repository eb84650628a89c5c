#include "support/TestSupport.h"

#include "services/DemoSchool.h"
#include "storage/PersonRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch.hpp>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

TempDatabase::TempDatabase()
{
    auto opened = Database::open(path());
    if (!opened)
        FAIL(opened.error().toStdString());
    db = opened.value();
}

DemoCopy::DemoCopy()
{
    REQUIRE(QFile::copy(demoDatabasePath(), path()));
    db = Database::open(path()).value();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString demoDatabasePath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::open(path);
        REQUIRE(db.ok());
        DemoOptions options;
        options.seed = 7;
        options.today = QDate(2024, 11, 15);
        auto demo = DemoSchool::create(*db.value(), options);
        REQUIRE(demo.ok());
    }
    return path;
}

OtherHolder::OtherHolder(const QString &storePath)
{
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(ready[0]);
        auto lock = StoreLock::acquire(storePath);
        const char ok = lock ? '1' : '0';
        (void)!::write(ready[1], &ok, 1);
        ::pause();
        ::_exit(0);
    }
    m_pid = pid;
    ::close(ready[1]);
    char ok = 0;
    REQUIRE(::read(ready[0], &ok, 1) == 1);
    ::close(ready[0]);
    REQUIRE(ok == '1');
}

void OtherHolder::kill()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGKILL);
    ::waitpid(pid_t(m_pid), nullptr, 0);
    m_pid = 0;
}

qint64 addTestPerson(const DatabasePtr &db, PersonCategory category, const QDate &born, const char *lastName)
{
    Person p;
    p.lastName = QString::fromUtf8(lastName);
    p.firstName = QStringLiteral("Тест");
    p.category = category;
    p.birthDate = born;
    p.className = category == PersonCategory::Pupil ? QStringLiteral("7А") : QString();
    p.pedagogicalSince = category == PersonCategory::Teacher ? QDate(2005, 9, 1) : QDate();
    return PersonRepository(db->connection()).insert(p).value();
}

QByteArray pupilsCsv(int rows)
{
    QByteArray csv = "ФИО;Класс;Дата рождения\n";
    for (int i = 0; i < rows; ++i)
        csv += "Ученик " + QByteArray::number(i) + " Тестович;7А;01.09.2012\n";
    return csv;
}

#include "support/TestSupport.h"

#include "services/DemoSchool.h"

#include <QFile>
#include <catch2/catch.hpp>

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

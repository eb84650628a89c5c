#include "cli/CliRun.h"
#include "services/EventService.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("common events from the command line: listed, added, marked held with who came, removed")
{
    DemoCopy demo;
    const QList<EventInvitee> invitees = EventService(*demo.db).invitees(2024);
    REQUIRE(invitees.size() > 2);
    demo.db.reset();
    const QStringList db{QStringLiteral("--db"), demo.path(), QStringLiteral("events")};
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2024")};

    const Run list = cli(db + QStringList{QStringLiteral("list"), QStringLiteral("--json")} + year);
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 2);

    const Run refused = cli(db + QStringList{QStringLiteral("add"), QStringLiteral("--planned"), QStringLiteral("20.12.2024")} + year);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("тему")));
    const Run added = cli(db + QStringList{QStringLiteral("add"), QStringLiteral("--topic"), QStringLiteral("Мастер-класс наставников"),
                                           QStringLiteral("--planned"), QStringLiteral("12.11.2024")} + year);
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.section(QStringLiteral("№"), 1).section(QLatin1Char('.'), 0, 0);
    const QString present = QStringLiteral("%1,%2").arg(invitees.at(0).personId).arg(invitees.at(1).personId);
    CHECK(cli(db + QStringList{QStringLiteral("held"), id, QStringLiteral("--held"), QStringLiteral("12.11.2024"), QStringLiteral("--present"),
                               QStringLiteral("999999")} + year).exitCode == 1);
    REQUIRE(cli(db + QStringList{QStringLiteral("held"), id, QStringLiteral("--held"), QStringLiteral("12.11.2024"), QStringLiteral("--present"),
                                 present} + year).exitCode == 0);
    const Run shown = cli(db + QStringList{QStringLiteral("show"), id} + year);
    CHECK(shown.out.contains(QStringLiteral("Присутствовали: 2 из %1").arg(invitees.size())));
    CHECK(shown.out.contains(invitees.at(0).name));
    REQUIRE(cli(db + QStringList{QStringLiteral("remove"), id}).exitCode == 0);
    CHECK(QJsonDocument::fromJson(cli(db + QStringList{QStringLiteral("list"), QStringLiteral("--json")} + year).out.toUtf8()).array().size() == 2);
}

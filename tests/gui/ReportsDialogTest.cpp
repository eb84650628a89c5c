#include "gui/ReportsDialog.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <catch2/catch.hpp>

namespace {
QString figure(const QStandardItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->text() == name)
            return model->item(r, 1)->text();
    return {};
}
}

TEST_CASE("the reports screen previews each report's figures and saves it in the background")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2023, 2024, 2025}, 2024);

    dialog.selectReport(0);
    CHECK(figure(dialog.preview(), QStringLiteral("Строк в базе")).toInt() > 50);
    dialog.selectReport(2);
    CHECK(dialog.preview()->rowCount() >= 5); // one row per KPI
    CHECK(dialog.preview()->item(0, 1)->text().contains(QStringLiteral(" из ")));
    dialog.selectReport(3);
    CHECK(figure(dialog.preview(), QStringLiteral("Мероприятий")).toInt() > 0);

    dialog.selectReport(0);
    QSignalSpy exported(&dialog, &ReportsDialog::exported);
    const QString path = demo.filePath(QStringLiteral("База наставляемых (ПДн).xlsx"));
    dialog.exportTo(path);
    REQUIRE(exported.wait(30000));
    CHECK(exported.at(0).at(1).toString().isEmpty());
    CHECK(QFileInfo(path).size() > 5000);
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    dialog.exportTo(demo.filePath(QStringLiteral("нет/такой/папки.xlsx")));
    REQUIRE(exported.wait(30000));
    CHECK_FALSE(exported.at(1).at(1).toString().isEmpty());
}

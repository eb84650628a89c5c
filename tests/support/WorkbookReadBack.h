#pragma once
// A workbook as openpyxl reads it (tests/data/read_xlsx.py): an independent reader of what Kurator
// wrote, for the tests of every report.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

inline QJsonArray readBack(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(KURATOR_TEST_DATA "/read_xlsx.py"), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

inline QJsonObject cellAt(const QJsonObject &sheet, int row, int column) // 1-based, as in Excel
{
    return sheet.value(QLatin1String("rows")).toArray().at(row - 1).toArray().at(column - 1).toObject();
}

#pragma once
// Runs kurator-cli as a user would and collects what it printed.
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(KURATOR_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

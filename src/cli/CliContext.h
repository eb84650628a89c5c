#pragma once
#include "domain/Kpi.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <optional>

// Exit codes of kurator-cli.
enum ExitCode { ExitOk = 0, ExitUserError = 1, ExitUsage = 2 };

// What every command receives: the database path, its own arguments and the output streams.
class CliContext
{
public:
    CliContext(QString dbPath, QStringList arguments);

    const QString &dbPath() const { return m_dbPath; }
    // --pg: a municipal PostgreSQL server's connection string instead of the file.
    const QString &server() const { return m_server; }
    void setServer(const QString &conninfo) { m_server = conninfo; }
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses the command's options; on --help prints the help and returns ExitOk through *exit,
    // on a wrong option prints the usage and returns ExitUsage.
    bool parse(QCommandLineParser &parser, const QString &usage, int *exit);
    // Opens (creating when allowed) the database; prints the reason and returns null on failure.
    DatabasePtr openDatabase(bool create);
    // The school year of a --year option (its first calendar year: 2024 for 2024–2025), the current
    // one when the option is not given; on a wrong value prints why and returns nothing.
    std::optional<int> schoolYear(const QCommandLineParser &parser, const QCommandLineOption &option);
    // A date as ДД.ММ.ГГГГ or ГГГГ-ММ-ДД; invalid otherwise.
    static QDate parseDate(const QString &text);
    // Reads a date option into *date when it is given (left as it is otherwise); on an unreadable
    // date prints why and returns false.
    bool dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date);
    // A period of --from and --to, both or neither (then *period stays empty); on a wrong or reversed
    // one prints why and returns false.
    bool periodOptions(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                       std::optional<Kpi::Period> *period);
    // A date in a printed table: ДД.ММ.ГГГГ, a dash for none; in JSON: ISO, empty for none.
    static QString dateText(const QDate &date);
    static QString isoOrEmpty(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
    int fail(const QString &message);       // prints, returns ExitUserError
    int usageError(const QString &message); // prints, returns ExitUsage

private:
    QString m_dbPath;
    QString m_server;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

int runAchievements(CliContext &context);
int runColumns(CliContext &context);
int runExport(CliContext &context);
int runImport(CliContext &context);
int runInit(CliContext &context);
int runKpi(CliContext &context);
int runMatch(CliContext &context);
int runOrder(CliContext &context);
int runPairs(CliContext &context);
int runProgrammes(CliContext &context);
int runEvents(CliContext &context);
int runServer(CliContext &context);
int runConsolidated(CliContext &context);
int runUpload(CliContext &context);
int runDownload(CliContext &context);
int runBackup(CliContext &context, const QString &command); // backup, backups, restore
int runPeople(CliContext &context);
int runRoadmap(CliContext &context);
int runStats(CliContext &context);
int runSurveys(CliContext &context);

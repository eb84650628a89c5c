#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"

#include <QCoreApplication>
#include <QFileInfo>

CliContext::CliContext(QString dbPath, QStringList arguments)
    : m_dbPath(std::move(dbPath)), m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
}

std::optional<int> CliContext::schoolYear(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return AcademicYear::containing(QDate::currentDate()).startYear();
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    if (ok && year >= 1990 && year <= 2100)
        return year;
    usageError(QCoreApplication::translate("Cli", "Год «%1» не похож на первый год учебного года.")
                   .arg(parser.value(option)));
    return std::nullopt;
}

QDate CliContext::parseDate(const QString &text)
{
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    return iso.isValid() ? iso : PersonValidator::parseRussianDate(text).value_or(QDate());
}

bool CliContext::dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date)
{
    if (!parser.isSet(option))
        return true;
    *date = parseDate(parser.value(option));
    if (date->isValid())
        return true;
    usageError(QCoreApplication::translate("Cli", "Дата «%1» не читается: нужна ДД.ММ.ГГГГ.").arg(parser.value(option)));
    return false;
}

bool CliContext::parse(QCommandLineParser &parser, const QString &usage, int *exit)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Показать справку по команде."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        m_err << parser.errorText() << '\n' << usage << '\n';
        *exit = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        m_out << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 2);
        *exit = ExitOk;
        return false;
    }
    return true;
}

DatabasePtr CliContext::openDatabase(bool create)
{
    Database::Options options;
    options.createIfMissing = create;
    auto opened = m_server.isEmpty() ? Database::openOrRead(m_dbPath, options) : Database::openServer(m_server, options);
    if (!opened) {
        m_err << opened.error() << '\n';
        return nullptr;
    }
    if (const QString holder = opened.value()->readOnlyReason(); !holder.isEmpty())
        m_err << QCoreApplication::translate("Cli", "База открыта только для чтения: для записи её держит %1. Просмотр и выгрузка работают, "
                    "изменения не сохранятся.").arg(holder)
              << '\n';
    return opened.value();
}

bool CliContext::periodOptions(const QCommandLineParser &parser, const QCommandLineOption &from,
                               const QCommandLineOption &to, std::optional<Kpi::Period> *period)
{
    if (!parser.isSet(from) && !parser.isSet(to))
        return true;
    if (parser.isSet(from) != parser.isSet(to)) {
        usageError(QCoreApplication::translate("Cli", "Период задаётся двумя датами: --from и --to."));
        return false;
    }
    Kpi::Period p;
    if (!dateOption(parser, from, &p.from) || !dateOption(parser, to, &p.to))
        return false;
    if (p.from > p.to) {
        usageError(QCoreApplication::translate("Cli", "Период начинается позже, чем заканчивается: %1 — %2.")
                       .arg(parser.value(from), parser.value(to)));
        return false;
    }
    *period = p;
    return true;
}

int CliContext::fail(const QString &message)
{
    m_err << message << '\n';
    return ExitUserError;
}

int CliContext::usageError(const QString &message)
{
    m_err << message << '\n';
    return ExitUsage;
}

QString CliContext::dateText(const QDate &date)
{
    return PersonValidator::russianDate(date, QStringLiteral("—"));
}

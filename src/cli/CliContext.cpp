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
    auto opened = Database::openOrRead(m_dbPath, options);
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

#include "cli/CliContext.h"

#include "domain/AcademicYear.h"

#include "services/DemoSchool.h"
#include "services/KpiService.h"
#include "services/ReferenceData.h"
#include "services/SchoolSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace InitCommand {
QString tr(const char *text) { return QCoreApplication::translate("InitCommand", text); }

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Заполнить базу демонстрационной школой."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Зерно генератора демонстрационных данных."),
                                  QStringLiteral("N"), QStringLiteral("2024"));
    // The first run's «Создать мою школу»: the school's name, its year and contingent.
    const QCommandLineOption school(QStringLiteral("school"), tr("Полное название школы."), QStringLiteral("НАЗВАНИЕ"));
    const QCommandLineOption shortName(QStringLiteral("short-name"), tr("Краткое название школы."), QStringLiteral("НАЗВАНИЕ"));
    const QCommandLineOption municipality(QStringLiteral("municipality"), tr("Муниципалитет."), QStringLiteral("НАЗВАНИЕ"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год контингента: его первый год (2026 для 2026–2027)."), QStringLiteral("ГОД"));
    const QCommandLineOption contingent(QStringLiteral("contingent"),
                                        tr("Численность: КОД=ЧИСЛО (%1); можно повторять.")
                                            .arg(KpiService::contingentCodes().join(QStringLiteral(", "))),
                                        QStringLiteral("КОД=ЧИСЛО"));
    parser.addOptions({demo, seed, school, shortName, municipality, year, contingent});
    int exit = ExitOk;
    if (!context.parse(parser, tr("Использование: kurator-cli --db ФАЙЛ init [--demo] [--seed N] [--school НАЗВАНИЕ "
                                  "[--short-name Н] [--municipality М] [--year ГОД] [--contingent КОД=ЧИСЛО]...]"), &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("Лишние аргументы: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return context.usageError(tr("Зерно должно быть целым неотрицательным числом: %1").arg(parser.value(seed)));

    if (parser.isSet(demo) && parser.isSet(school))
        return context.usageError(tr("--demo и --school вместе не задают: демонстрационная школа называется сама."));
    if (!parser.isSet(school))
        for (const QCommandLineOption &option : {shortName, municipality, year, contingent})
            if (parser.isSet(option))
                return context.usageError(tr("--%1 задают вместе с --school.").arg(option.names().constFirst()));
    SchoolSetup setup;
    if (parser.isSet(school)) {
        const auto startYear = context.schoolYear(parser, year);
        if (!startYear)
            return ExitUsage;
        setup = {{parser.value(school), parser.value(shortName), parser.value(municipality)}, *startYear, {}};
        for (const QString &pair : parser.values(contingent)) {
            const QString code = pair.section(QLatin1Char('='), 0, 0).trimmed();
            bool ok = false;
            const int value = pair.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            if (!pair.contains(QLatin1Char('=')) || !ok)
                return context.usageError(tr("Контингент задают как КОД=ЧИСЛО: %1").arg(pair));
            setup.contingent.insert(code, value);
        }
        if (const QStringList problems = SchoolSetupService::validate(setup); !problems.isEmpty())
            return context.fail(problems.join(QLatin1Char('\n')));
    }

    DatabasePtr db = context.openDatabase(true);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s)
        return context.fail(s.error());
    if (parser.isSet(demo)) {
        DemoOptions options;
        options.seed = seedValue;
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoSchool::create(*db, options);
        if (!summary)
            return context.fail(summary.error());
        context.out() << tr("Демонстрационная школа создана за %1 мс; участников: %2, пар: %3, групп: %4.")
                             .arg(timer.elapsed()).arg(summary->people).arg(summary->pairs).arg(summary->groups)
                      << '\n';
    }
    if (parser.isSet(school)) {
        if (Status s = SchoolSetupService::apply(db, setup); !s)
            return context.fail(s.error());
        context.out() << tr("Школа: %1; учебный год %2.").arg(setup.school.name.simplified(), AcademicYear(setup.startYear).title())
                      << '\n';
    }
    context.out() << tr("База готова: %1 (схема %2)").arg(db->path()).arg(db->schemaVersion()) << '\n';
    return ExitOk;
}
} // namespace InitCommand

int runInit(CliContext &context)
{
    return InitCommand::run(context);
}

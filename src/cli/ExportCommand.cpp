#include "cli/CliContext.h"

#include "services/ReferenceData.h"
#include "services/ReportCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ExportCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ExportCommand", text); }

QString usage()
{
    return tr("Использование: kurator-cli --db ФАЙЛ export mentees|mentors|kpi|roadmap --out ФАЙЛ.xlsx [--year ГОД] "
              "[--date ДАТА]\n"
              "  mentees   база наставляемых (столбцы по целевой модели); в имя файла добавляется «(ПДн)»\n"
              "  mentors   база наставников\n"
              "  kpi       показатели эффективности года против целей, с диаграммой, и по годам\n"
              "  roadmap   состояние дорожной карты: просроченное выделено, сводки по разделам и ответственным\n"
              "ГОД — первый год учебного года (2024 для 2024–2025); ДАТА отчёта — ГГГГ-ММ-ДД, по умолчанию сегодня.\n");
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Файл .xlsx."), tr("ФАЙЛ"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Дата отчёта."), tr("ДАТА"));
    parser.addOptions({year, out, date});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const ReportCatalogue::Report *report = args.size() == 1 ? ReportCatalogue::find(args.first()) : nullptr;
    if (!report || !parser.isSet(out))
        return context.usageError(usage());
    if (!parser.value(out).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return context.usageError(tr("Отчёт сохраняется в файл .xlsx: «%1».").arg(parser.value(out)));
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    const int startYear = *schoolYear;
    const QDate reportDate = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (!reportDate.isValid())
        return context.usageError(usage());
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s)
        return context.fail(s.error());
    const QString path = ReportCatalogue::targetPath(*report, parser.value(out));
    const Status written = report->write(db, startYear, reportDate, path);
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Отчёт сохранён: %1\n").arg(QFileInfo(path).absoluteFilePath());
    if (report->personal)
        context.err() << tr("Файл содержит персональные данные участников, в том числе несовершеннолетних: он доступен "
                            "только вам; передавайте его лишь тем, кому это разрешено.\n");
    return ExitOk;
}
} // namespace ExportCommand

int runExport(CliContext &context)
{
    return ExportCommand::run(context);
}

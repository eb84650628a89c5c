#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"

#include "services/DocumentPdf.h"
#include "services/ReferenceData.h"
#include "services/ReportCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ExportCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ExportCommand", text); }

QString usage()
{
    return tr("Использование: kurator-cli --db ФАЙЛ export mentees|mentors|stats|kpi|roadmap|analytic --out ФАЙЛ.xlsx [--year ГОД] "
              "[--date ДАТА]\n"
              "              [--from ДАТА --to ДАТА] [--template ФАЙЛ.json]\n"
              "  mentees   база наставляемых в сохранённом наборе столбцов (kurator-cli columns) или в наборе из файла\n"
              "            --template; в имя файла добавляется «(ПДн)»\n"
              "  mentors   база наставников, так же\n"
              "  stats     статистика участников по шаблону: сохранённому в базе или из файла --template;\n"
              "            за учебный год или за период --from … --to\n"
              "  kpi       показатели эффективности года против целей, с диаграммой, и по годам\n"
              "  roadmap   состояние дорожной карты: просроченное выделено, сводки по разделам и ответственным\n"
              "  analytic  аналитический отчёт за учебный год или период --from … --to (декабрь, апрель): показатели,\n"
              "            пары, планы, встречи, удовлетворённость, наставляемые без пары, выводы; --out ФАЙЛ.pdf — документом\n"
              "ГОД — первый год учебного года (2024 для 2024–2025); ДАТА отчёта — ГГГГ-ММ-ДД, по умолчанию сегодня.\n");
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Файл .xlsx (аналитический отчёт — и .pdf)."), tr("ФАЙЛ"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Дата отчёта."), tr("ДАТА"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Начало периода статистики."), tr("ДАТА"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Конец периода статистики."), tr("ДАТА"));
    const QCommandLineOption templateFile(QStringLiteral("template"), tr("Шаблон статистики или набор столбцов базы (JSON)."),
                                          tr("ФАЙЛ"));
    parser.addOptions({year, out, date, from, to, templateFile});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const ReportCatalogue::Report *report = args.size() == 1 ? ReportCatalogue::find(args.first()) : nullptr;
    if (!report || !parser.isSet(out))
        return context.usageError(usage());
    const bool pdf = report->pdf && DocumentPdf::isPdf(parser.value(out));
    if (!pdf && !parser.value(out).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return context.usageError(report->pdf ? tr("Отчёт сохраняется в файл .xlsx или .pdf: «%1».").arg(parser.value(out))
                                              : tr("Отчёт сохраняется в файл .xlsx: «%1».").arg(parser.value(out)));
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    const int startYear = *schoolYear;
    ReportCatalogue::Request request;
    request.startYear = startYear;
    request.reportDate = QDate::currentDate();
    if (!context.dateOption(parser, date, &request.reportDate))
        return ExitUsage;
    if (!context.periodOptions(parser, from, to, &request.period))
        return ExitUsage;
    if (request.period && !report->periodic)
        return context.usageError(tr("Период (--from, --to) задаётся только статистике и аналитическому отчёту."));
    if (parser.isSet(templateFile) && report->code != QLatin1String("stats") && !report->personal)
        return context.usageError(tr("Шаблон (--template) задаётся только статистике и базам наставляемых и наставников."));
    if (parser.isSet(templateFile)) {
        QFile file(parser.value(templateFile));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("Не удалось открыть шаблон %1: %2").arg(parser.value(templateFile), file.errorString()));
        request.templateText = file.readAll();
    }
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s)
        return context.fail(s.error());
    const QString path = ReportCatalogue::targetPath(*report, parser.value(out));
    const Status written = [&] {
        TerminalProgress progress(tr("Сохраняю отчёт…"));
        request.progress = progress.callback();
        return report->write(db, request, path);
    }();
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

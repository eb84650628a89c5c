// kurator-cli: the headless face of Kurator, over the same services as the GUI.
#include "cli/CliContext.h"
#include "services/HugePageHeap.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <algorithm>
#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP("Cli",
    "Использование: kurator-cli [--db ФАЙЛ | --pg \"host=… dbname=… user=…\"] КОМАНДА [ПАРАМЕТРЫ]\n"
    "\n"
    "Команды:\n"
    "  init [--demo] [--seed N]      создать базу (и демонстрационную школу)\n"
    "  init --school НАЗВАНИЕ [--year ГОД] [--contingent КОД=ЧИСЛО]...   создать базу своей школы\n"
    "  achievements list|add|remove ID   достижения участника\n"
    "  people list [--search ТЕКСТ] [--category К] [--status S] [--json]\n"
    "                                список участников\n"
    "  people forget ID --yes [--purge-backups]   удалить персональные данные участника\n"
    "  export mentees|mentors|stats|kpi|roadmap|analytic --out ФАЙЛ.xlsx [--year ГОД]   отчёт в Excel\n"
    "  columns mentees|mentors [--load ФАЙЛ.json | --reset] [--json]   столбцы баз наставляемых и наставников\n"
    "  import questionnaires ТАБЛИЦА --kind mentee|mentor|preference [--dry-run]   импорт анкет\n"
    "  import survey ТАБЛИЦА --template ВИД|НОМЕР [--dry-run]   ответы на анкету (удовлетворённость, диагностика)\n"
    "  kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]   показатели эффективности\n"
    "  kpi target|contingent КОД ЗНАЧЕНИЕ [--year ГОД]      цель и контингент года\n"
    "  match [show|approve] [--year ГОД] [--start ДАТА] [--json]   подбор наставнических пар\n"
    "  order list|draft|issue|print|template   приказ о закреплении наставнических пар/групп\n"
    "  pairs list|show|plan|done|meetings|meet|close|templates|quiet-days   работа пар и групп\n"
    "  attention [--year ГОД] [--json]   пары и группы, требующие внимания\n"
    "  events list|show|add|held|remove   общие мероприятия пар и групп, присутствие\n"
    "  backup КОПИЯ | backup --auto | backups [--keep N] | restore КОПИЯ   резервные копии базы\n"
    "  programmes list|show|add|edit|remove|attach|detach   программы наставничества\n"
    "  roadmap list|import|templates|template   дорожная карта учебного года\n"
    "  server schools|add-school|add-curator|add-coordinator   муниципальный сервер: школы, кураторы, координатор\n"
    "  consolidated [--year ГОД] [--json] [--out ФАЙЛ.xlsx]   сводка координатора по школам сервера\n"
    "  upload [--school N] | download --out ФАЙЛ [--school N]   файл школы на сервер и обратно\n"
    "  stats [--json]                число записей по сущностям\n"
    "  surveys results|compare|templates|template   анкеты: удовлетворённость, диагностика до и после, шаблоны\n"
    "\n"
    "  --db ФАЙЛ   файл базы (по умолчанию %1)\n"
    "  --pg СТРОКА   муниципальный сервер PostgreSQL вместо файла; пароль — в PGPASSWORD или ~/.pgpass\n"
    "  КОМАНДА --help   справка по команде\n");

QString usage() { return QCoreApplication::translate("Cli", kUsage).arg(Database::defaultPath()); }

// Commands that lay out documents (PDF) need fonts, and fonts need a QGuiApplication; the CLI has
// no display, so it takes the offscreen platform unless told otherwise.
bool laysOutDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--pg")
            ++i;
        else if (arg == "export") // only the analytic report's PDF
            return std::any_of(argv + i + 1, argv + argc, [](const char *a) { return QByteArray(a).toLower().endsWith(".pdf"); });
        else if (!arg.startsWith('-'))
            return arg == "order" || arg == "pairs" || arg == "attention";
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!laysOutDocuments(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // What Qt would choose itself, made here so that it does not warn about it on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}
}

int main(int argc, char *argv[])
{
    HugePageHeap::reserve(); // imports and exports of big files
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kurator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString program = args.takeFirst();
    QString dbPath = Database::defaultPath();
    QString server;
    QTextStream err(stderr);
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") && !args.isEmpty()) {
            dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else if (option == QLatin1String("--pg") && !args.isEmpty()) {
            server = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--pg="))) {
            server = option.mid(5);
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            QTextStream(stdout) << usage();
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            QTextStream(stdout) << "kurator-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        } else {
            err << QCoreApplication::translate("Cli", "Неизвестный параметр: %1").arg(option) << "\n\n" << usage();
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    const QString command = args.first();
    CliContext context(dbPath, QStringList{program + QLatin1Char(' ') + command} + args.mid(1));
    context.setServer(server);
    if (command == QLatin1String("achievements"))
        return runAchievements(context);
    if (command == QLatin1String("init"))
        return runInit(context);
    if (command == QLatin1String("people"))
        return runPeople(context);
    if (command == QLatin1String("export"))
        return runExport(context);
    if (command == QLatin1String("columns"))
        return runColumns(context);
    if (command == QLatin1String("import"))
        return runImport(context);
    if (command == QLatin1String("kpi"))
        return runKpi(context);
    if (command == QLatin1String("match"))
        return runMatch(context);
    if (command == QLatin1String("order"))
        return runOrder(context);
    if (command == QLatin1String("pairs"))
        return runPairs(context);
    if (command == QLatin1String("attention")) { // the curator's daily question, as its own command
        CliContext attention(dbPath, QStringList{program + QStringLiteral(" attention"), QStringLiteral("list"),
                                                 QStringLiteral("--attention")} + args.mid(1));
        attention.setServer(server);
        return runPairs(attention);
    }
    if (command == QLatin1String("backup") || command == QLatin1String("backups") || command == QLatin1String("restore"))
        return runBackup(context, command);
    if (command == QLatin1String("events"))
        return runEvents(context);
    if (command == QLatin1String("programmes"))
        return runProgrammes(context);
    if (command == QLatin1String("roadmap"))
        return runRoadmap(context);
    if (command == QLatin1String("server"))
        return runServer(context);
    if (command == QLatin1String("consolidated"))
        return runConsolidated(context);
    if (command == QLatin1String("upload"))
        return runUpload(context);
    if (command == QLatin1String("download"))
        return runDownload(context);
    if (command == QLatin1String("stats"))
        return runStats(context);
    if (command == QLatin1String("surveys"))
        return runSurveys(context);
    err << QCoreApplication::translate("Cli", "Неизвестная команда: %1").arg(command) << "\n\n" << usage();
    return ExitUsage;
}

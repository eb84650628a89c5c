#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"

#include "services/QuestionnaireImport.h"
#include "services/SurveyService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ImportCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ImportCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ import questionnaires ТАБЛИЦА --kind mentee|mentor|preference\n"
              "              [--year ГОД] [--sheet ЛИСТ] [--mapping СООТВЕТСТВИЕ.json] [--dry-run] [--skip-bad]\n"
              "ТАБЛИЦА — .csv (UTF-8 или windows-1251; «;», «,» или табуляция) или .xlsx (лист ЛИСТ, иначе первый).\n"
              "Столбцы узнаются по заголовкам (ФИО, Класс, Дата рождения, Запрос…); СООТВЕТСТВИЕ.json —\n"
              "{\"заголовок\": \"поле\"}, поля: %1.\n"
              "Строки с ошибками перечисляются; без --skip-bad при ошибках ничего не записывается.\n"
              "  kurator-cli --db ФАЙЛ import survey ТАБЛИЦА --template ВИД|НОМЕР\n"
              "              [--year ГОД] [--sheet ЛИСТ] [--mapping СООТВЕТСТВИЕ.json] [--dry-run] [--skip-bad]\n"
              "        ответы участников на анкету (удовлетворённость, диагностика): столбцы — ФИО, дата\n"
              "        рождения или класс, дата заполнения и вопросы анкеты (узнаются по тексту вопроса;\n"
              "        в СООТВЕТСТВИЕ.json поле вопроса — q и его номер, см. surveys templates).\n"
              "        Участник должен быть в базе; его анкета этого года заменяется, а не дублируется.\n"
              "Код выхода 1, если ничего не импортировано.\n");
}

// A mapping file: {"header": "field"}, or the same under "columns".
std::optional<QJsonObject> readMapping(const QString &path, const SurveyTemplate &survey, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Не удалось открыть файл соответствия %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const Result<QJsonObject> mapping = ColumnMapping::parseFile(file.readAll(), survey);
    if (!mapping) {
        *error = tr("Файл соответствия %1: %2").arg(path, mapping.error());
        return std::nullopt;
    }
    return mapping.value();
}

void printPreview(QTextStream &out, const ImportPreview &p, const TableData &table)
{
    out << tr("Файл: %1").arg(p.source);
    if (!table.encoding.isEmpty() && table.delimiter != QLatin1Char('\t'))
        out << tr(" (%1, разделитель «%2»)").arg(table.encoding, QString(table.delimiter));
    out << '\n' << tr("Столбцы:") << '\n';
    QHash<QString, QString> titles;
    for (const ImportField &f : importFields(p.kind, p.survey))
        titles.insert(f.code, f.title);
    const bool survey = p.kind == QuestionnaireKind::Survey;
    for (int c = 0; c < p.headers.size(); ++c) {
        const QString field = p.mapping.fieldOfColumn.value(c);
        out << "  " << p.headers.at(c).simplified() << " → "
            << (!field.isEmpty() ? titles.value(field, field) : survey ? tr("(не импортируется)") : tr("(остаётся ответом анкеты)"))
            << '\n';
    }
    if (survey)
        out << tr("Анкет «%1» к импорту: %2; с ошибками: %3").arg(p.survey.title).arg(p.rows.size()).arg(p.problems.size()) << '\n';
    else
    out << tr("Строк к импорту: %1 (новых участников: %2, уже в базе: %3); с ошибками: %4")
               .arg(p.rows.size()).arg(p.newPeople()).arg(p.knownPeople()).arg(p.problems.size())
        << '\n';
    for (const RowProblem &problem : p.problems)
        out << tr("  строка %1: %2").arg(problem.row).arg(problem.message) << '\n';
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Вид анкеты."), tr("ВИД"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), tr("Соответствие столбцов и полей."), tr("ФАЙЛ"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("Лист книги Excel."), tr("ЛИСТ"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Только проверить, ничего не записывать."));
    const QCommandLineOption surveyTemplate(QStringLiteral("template"), tr("Анкета: вид или номер."), tr("АНКЕТА"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"), tr("Импортировать строки без ошибок, пропустив остальные."));
    parser.addOptions({kind, year, mapping, sheet, dryRun, skipBad, surveyTemplate});
    int exit = ExitOk;
    if (!context.parse(parser, usage().arg(allFieldCodes().join(QStringLiteral(", "))), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const bool survey = args.value(0) == QLatin1String("survey");
    if (args.size() != 2 || (args[0] != QLatin1String("questionnaires") && !survey))
        return context.usageError(usage().arg(allFieldCodes().join(QStringLiteral(", "))));
    const auto questionnaireKind = survey ? std::optional(QuestionnaireKind::Survey) : kindFromCode(parser.value(kind));
    if (!survey && (!questionnaireKind || *questionnaireKind == QuestionnaireKind::Survey))
        return context.usageError(tr("Укажите --kind mentee, mentor или preference."));
    if (survey && !parser.isSet(surveyTemplate))
        return context.usageError(tr("Укажите анкету: --template и её вид или номер (kurator-cli surveys templates)."));
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    SurveyTemplate surveyOfFile;
    if (survey) {
        const auto found = SurveyService(*db).find(parser.value(surveyTemplate));
        if (!found)
            return context.fail(tr("Анкеты «%1» нет; список: kurator-cli surveys templates.").arg(parser.value(surveyTemplate)));
        surveyOfFile = *found;
    }
    std::optional<QJsonObject> mappingJson;
    if (parser.isSet(mapping)) {
        QString error;
        mappingJson = readMapping(parser.value(mapping), surveyOfFile, &error);
        if (!mappingJson)
            return context.fail(error);
    }
    const Result<TableData> table = [&] {
        TerminalProgress progress(tr("Читаю файл…"));
        return TableFile::read(args[1], parser.value(sheet), progress.callback());
    }();
    if (!table)
        return context.fail(table.error());
    QuestionnaireImport importer(db, surveyOfFile);
    std::optional<ColumnMapping> columns;
    if (mappingJson) {
        const QStringList headers = table->rows.value(0);
        columns = ColumnMapping::guess(headers, *questionnaireKind, *mappingJson, surveyOfFile);
    }
    const ImportPreview preview = [&] {
        TerminalProgress progress(tr("Проверяю строки…"));
        return importer.preview(*table, *questionnaireKind, *schoolYear, QFileInfo(args[1]).fileName(),
                                columns ? &*columns : nullptr, progress.callback());
    }();
    if (preview.headers.isEmpty())
        return context.fail(tr("В файле %1 нет ни одной строки.").arg(args[1]));
    printPreview(context.out(), preview, *table);
    // Why the import would write nothing, if it would; a dry run exits as the import would, so a
    // script can check first.
    const QString nothingWritten =
        preview.rows.isEmpty() ? tr("Ничего не импортировано: нет ни одной строки без ошибок.")
        : !preview.problems.isEmpty() && !parser.isSet(skipBad)
            ? tr("Ничего не импортировано: исправьте строки с ошибками или запустите с --skip-bad.")
            : QString();
    if (parser.isSet(dryRun)) {
        context.out() << tr("Проверка (--dry-run): ничего не записано.") << '\n';
        return nothingWritten.isEmpty() ? ExitOk : ExitUserError;
    }
    if (!nothingWritten.isEmpty())
        return context.fail(nothingWritten);
    const Result<ImportReport> report = [&] {
        TerminalProgress progress(tr("Записываю анкеты…"));
        return importer.commit(preview, parser.isSet(skipBad), progress.callback());
    }();
    if (!report)
        return context.fail(report.error());
    context.out() << (survey ? tr("Импортировано анкет: новых %1, заменено прежних %2, пропущено строк %3.")
                             : tr("Импортировано: новых участников %1, обновлено %2, пропущено строк %3."))
                             .arg(report->created).arg(report->updated).arg(report->skipped.size())
                  << '\n';
    for (const QString &w : report->warnings)
        context.out() << "  " << w << '\n';
    return ExitOk;
}
} // namespace ImportCommand

int runImport(CliContext &context)
{
    return ImportCommand::run(context);
}

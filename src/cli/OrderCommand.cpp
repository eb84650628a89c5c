#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "services/DocumentPdf.h"
#include "services/OrderService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace OrderCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("OrderCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ order list [--year ГОД]\n"
              "        приказы о закреплении пар учебного года\n"
              "  kurator-cli --db ФАЙЛ order draft [--year ГОД] [ПОЛЯ] [--out ФАЙЛ.pdf|.html]\n"
              "        проект приказа по парам и группам года, ещё не закреплённым приказом\n"
              "  kurator-cli --db ФАЙЛ order issue --number НОМЕР --date ДАТА [--year ГОД] [ПОЛЯ] [--out ФАЙЛ.pdf|.html]\n"
              "        издать приказ: закрепить эти пары и группы\n"
              "  kurator-cli --db ФАЙЛ order print НОМЕР [--year ГОД] --out ФАЙЛ.pdf|.html\n"
              "        изданный приказ, как он был издан\n"
              "  kurator-cli --db ФАЙЛ order template [--out ФАЙЛ] | --set ФАЙЛ | --reset\n"
              "        шаблон приказа: показать, заменить своим, вернуть стандартный\n"
              "ПОЛЯ: --number НОМЕР --date ДАТА --head ФИО --curator ФИО --template ФАЙЛ (шаблон только для этого раза).\n"
              "Руководитель и куратор по умолчанию — из прошлого приказа.\n");
}

QString kTitle() { return tr("Приказ о закреплении наставнических пар/групп"); }

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Не удалось открыть %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

void printPairs(QTextStream &out, const QList<OrderPairRow> &pairs)
{
    int n = 0;
    for (const OrderPairRow &p : pairs)
        out << QStringLiteral("%1.\t%2\t→ %3\t%4\n").arg(++n).arg(p.mentors.join(QLatin1String(", ")),
                                                            p.mentees.join(QLatin1String(", ")), p.form);
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption number(QStringLiteral("number"), tr("Номер приказа."), tr("НОМЕР"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Дата приказа."), tr("ДАТА"));
    const QCommandLineOption head(QStringLiteral("head"), tr("Руководитель."), tr("ФИО"));
    const QCommandLineOption curator(QStringLiteral("curator"), tr("Куратор."), tr("ФИО"));
    const QCommandLineOption templateFile(QStringLiteral("template"), tr("Шаблон на этот раз."), tr("ФАЙЛ"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Куда записать."), tr("ФАЙЛ"));
    const QCommandLineOption set(QStringLiteral("set"), tr("Сохранить шаблон из файла."), tr("ФАЙЛ"));
    const QCommandLineOption reset(QStringLiteral("reset"), tr("Вернуть стандартный шаблон."));
    parser.addOptions({year, number, date, head, curator, templateFile, out, set, reset});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("draft"), QStringLiteral("issue"),
                              QStringLiteral("print"), QStringLiteral("template")};
    if (!actions.contains(action) || args.size() > (action == QLatin1String("print") ? 2 : 1))
        return context.usageError(usage());
    if (parser.isSet(out)) {
        const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
        if (action != QLatin1String("template") && suffix != QLatin1String("pdf") && suffix != QLatin1String("html"))
            return context.usageError(tr("Файл приказа должен быть .pdf или .html: %1").arg(parser.value(out)));
    }
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    OrderService orders(*db);

    if (action == QLatin1String("template")) {
        if (parser.isSet(reset)) {
            const Status s = orders.saveTemplate(QString());
            return s ? ExitOk : context.fail(s.error());
        }
        if (parser.isSet(set)) {
            QString error;
            const QString text = readText(parser.value(set), &error);
            if (!error.isEmpty())
                return context.fail(error);
            const Status s = orders.saveTemplate(text);
            if (!s)
                return context.fail(s.error());
            context.out() << tr("Шаблон приказа сохранён.") << '\n';
            return ExitOk;
        }
        if (!parser.isSet(out)) {
            context.out() << orders.templateText();
            return ExitOk;
        }
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(orders.templateText().toUtf8()) < 0 || !file.commit())
            return context.fail(tr("Не удалось записать %1: %2").arg(parser.value(out), file.errorString()));
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        const QList<MentoringOrder> list = orders.orders(*schoolYear);
        if (list.isEmpty())
            context.out() << tr("В %1 учебном году приказов о закреплении пар нет.").arg(AcademicYear(*schoolYear).title()) << '\n';
        for (const MentoringOrder &o : list)
            context.out() << tr("№ %1 от %2: пар и групп — %3").arg(o.number, PersonValidator::russianDate(o.issuedOn))
                                 .arg(o.pairCount) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("print")) {
        if (args.size() != 2 || !parser.isSet(out))
            return context.usageError(usage());
        for (const MentoringOrder &o : orders.orders(*schoolYear))
            if (o.number.compare(args[1], Qt::CaseInsensitive) == 0) {
                const Status s = DocumentPdf::writeBySuffix(orders.order(o.id)->body, kTitle(), parser.value(out));
                return s ? ExitOk : context.fail(s.error());
            }
        return context.fail(tr("Приказа № %1 в %2 учебном году нет.").arg(args[1], AcademicYear(*schoolYear).title()));
    }

    OrderDraft draft = orders.lastSigners();
    draft.yearStart = *schoolYear;
    draft.number = parser.value(number);
    if (!context.dateOption(parser, date, &draft.issuedOn))
        return ExitUsage;
    if (parser.isSet(head))
        draft.head = parser.value(head);
    if (parser.isSet(curator))
        draft.curator = parser.value(curator);
    if (parser.isSet(templateFile)) {
        QString error;
        draft.templateText = readText(parser.value(templateFile), &error);
        if (!error.isEmpty())
            return context.fail(error);
    }
    const auto document = orders.draft(draft);
    if (!document)
        return context.fail(document.error());
    if (action == QLatin1String("issue")) {
        const auto issued = orders.issue(draft);
        if (!issued)
            return context.fail(issued.error());
        context.out() << tr("Издан приказ № %1 от %2: закреплено пар и групп — %3.")
                             .arg(draft.number.trimmed(), PersonValidator::russianDate(draft.issuedOn))
                             .arg(document->pairs.size()) << '\n';
    } else if (document->pairs.isEmpty()) { // an order fixing nobody is not a draft worth a file
        return context.fail(OrderService::nothingToFix(draft.yearStart));
    } else {
        context.out() << tr("Проект приказа: пар и групп без приказа — %1.").arg(document->pairs.size()) << '\n';
    }
    printPairs(context.out(), document->pairs);
    if (parser.isSet(out)) {
        const Status s = DocumentPdf::writeBySuffix(document->html, kTitle(), parser.value(out));
        if (!s)
            return context.fail(s.error());
    }
    return ExitOk;
}
} // namespace OrderCommand

int runOrder(CliContext &context)
{
    return OrderCommand::run(context);
}

#include "cli/CliContext.h"

#include "services/BankColumnSets.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
#include <QFile>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ColumnsCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ColumnsCommand", text); }

QString usage()
{
    return tr("Использование: kurator-cli --db ФАЙЛ columns mentees|mentors [--load ФАЙЛ.json | --reset] [--json]\n"
              "Столбцы, в которых выгружается база наставляемых (mentees) или наставников (mentors):\n"
              "  без параметров   сохранённый набор: поле, заголовок, и поля, которые можно добавить\n"
              "  --json           набор в JSON — его можно изменить и загрузить обратно\n"
              "  --load ФАЙЛ      сохранить набор из файла: {\"bank\": \"mentees\", \"columns\": [{\"field\": \"name\", "
              "\"title\": \"ФИО\"}, …]}\n"
              "  --reset          вернуть набор целевой модели\n");
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption load(QStringLiteral("load"), tr("Сохранить набор из файла."), tr("ФАЙЛ"));
    const QCommandLineOption reset(QStringLiteral("reset"), tr("Вернуть набор целевой модели."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Набор в JSON."));
    parser.addOptions({load, reset, json});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString bankName = args.value(0);
    if (args.size() != 1 || (bankName != QLatin1String("mentees") && bankName != QLatin1String("mentors"))
        || (parser.isSet(load) && parser.isSet(reset)))
        return context.usageError(usage());
    const MemberRole bank = bankName == QLatin1String("mentees") ? MemberRole::Mentee : MemberRole::Mentor;
    const bool change = parser.isSet(load) || parser.isSet(reset);
    DatabasePtr db = context.openDatabase(change);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s)
        return context.fail(s.error());
    BankColumnSets sets(db);
    if (change) {
        QByteArray text;
        if (parser.isSet(load)) {
            QFile file(parser.value(load));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(tr("Не удалось открыть %1: %2").arg(parser.value(load), file.errorString()));
            text = file.readAll();
            if (text.trimmed().isEmpty())
                return context.fail(tr("Файл %1 пуст.").arg(parser.value(load)));
        }
        if (Status s = sets.save(bank, text); !s)
            return context.fail(s.error());
        context.out() << (parser.isSet(reset) ? tr("Набор столбцов целевой модели восстановлен.\n") : tr("Набор столбцов сохранён.\n"));
        return ExitOk;
    }
    const QList<BankColumns::Column> columns = sets.columns(bank);
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(BankColumns::toJson(columns, bank));
        return ExitOk;
    }
    QStringList used;
    for (const BankColumns::Column &c : columns) {
        const BankColumns::FieldInfo info = BankColumns::info(c.field);
        used << info.code;
        context.out() << QStringLiteral("%1\t%2\n").arg(info.code, c.title);
    }
    QStringList more;
    for (const BankColumns::FieldInfo &f : BankColumns::fields(bank))
        if (!used.contains(f.code))
            more << QStringLiteral("  %1\t%2").arg(f.code, f.description);
    if (!more.isEmpty())
        context.out() << tr("Можно добавить:\n") << more.join(QLatin1Char('\n')) << '\n';
    return ExitOk;
}
} // namespace ColumnsCommand

int runColumns(CliContext &context)
{
    return ColumnsCommand::run(context);
}

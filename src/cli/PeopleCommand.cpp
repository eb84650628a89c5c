#include "cli/CliContext.h"

#include "domain/Ages.h"
#include "services/PeopleService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace PeopleCommand {
QString tr(const char *text) { return QCoreApplication::translate("PeopleCommand", text); }

static QJsonObject toJson(const Person &p)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), p.id);
    o.insert(QLatin1String("last_name"), p.lastName);
    o.insert(QLatin1String("first_name"), p.firstName);
    o.insert(QLatin1String("patronymic"), p.patronymic);
    o.insert(QLatin1String("birth_date"), p.birthDate.isValid() ? QJsonValue(p.birthDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QLatin1String("category"), Codes::code(p.category));
    o.insert(QLatin1String("class"), p.className);
    o.insert(QLatin1String("position"), p.position);
    o.insert(QLatin1String("status"), Codes::code(p.status));
    return o;
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("Часть ФИО (регистр и ё/е не важны)."), QStringLiteral("ТЕКСТ"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("Категория: pupil, teacher, parent, graduate, student, employer "
                                         "(или по-русски: обучающийся, педагог…)."), QStringLiteral("К"));
    const QCommandLineOption status(QStringLiteral("status"), tr("active или archived."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    parser.addOptions({search, category, status, json});
    parser.addPositionalArgument(QStringLiteral("list"), tr("Показать список участников."));
    int exit = ExitOk;
    const QString usage = tr("Использование: kurator-cli --db ФАЙЛ people list [--search ТЕКСТ] [--category К] "
                             "[--status S] [--json]");
    if (!context.parse(parser, usage, &exit))
        return exit;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return context.usageError(usage);

    PersonFilter filter;
    filter.search = parser.value(search);
    if (parser.isSet(category)) {
        filter.category = Codes::personCategory(parser.value(category));
        if (!filter.category)
            return context.fail(tr("Неизвестная категория: %1").arg(parser.value(category)));
    }
    if (parser.isSet(status)) {
        const QString s = parser.value(status);
        if (s != QLatin1String("active") && s != QLatin1String("archived"))
            return context.fail(tr("Неизвестный статус: %1 (ожидается active или archived)").arg(s));
        filter.status = Codes::recordStatus(s);
    }
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    const QList<Person> people = PeopleService(db).list(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Person &p : people)
            array.append(toJson(p));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Person &p : people) {
        const QString detail = p.category == PersonCategory::Pupil ? p.className : p.position;
        context.out() << p.fullName() << '\t' << Codes::label(p.category) << '\t' << detail << '\t'
                      << p.birthDate.toString(QStringLiteral("dd.MM.yyyy")) << '\n';
    }
    context.out() << tr("Всего: %1").arg(people.size()) << '\n';
    return ExitOk;
}
} // namespace PeopleCommand

int runPeople(CliContext &context)
{
    return PeopleCommand::run(context);
}

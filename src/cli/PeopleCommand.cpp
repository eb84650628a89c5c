#include "cli/CliContext.h"

#include "domain/Ages.h"
#include "services/BackupService.h"
#include "services/ForgetService.h"
#include "services/PeopleService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace PeopleCommand {
QString tr(const char *text) { return QCoreApplication::translate("PeopleCommand", text); }
QString tr(const char *text, const char *comment, int n) { return QCoreApplication::translate("PeopleCommand", text, comment, n); }

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

// people forget ID --yes [--purge-backups]: irreversible, so it asks for --yes.
int forget(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Подтвердить: удаление необратимо."));
    const QCommandLineOption purge(QStringLiteral("purge-backups"),
                                   tr("Сделать свежую резервную копию и удалить все прежние: в них остаются удалённые данные."));
    parser.addOptions({yes, purge});
    parser.addPositionalArgument(QStringLiteral("forget"), tr("Удалить персональные данные участника."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Номер участника (people list --json)."));
    int exit = ExitOk;
    const QString usage = tr("Использование: kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]\n"
                             "Удаляет ФИО, контакты, заметки, ответы анкет и законных представителей участника и его имя "
                             "из текстов пар, планов, встреч и приказов; категория, дата рождения, класс, стаж, согласия "
                             "и участие в парах остаются без имени, так что отчёты за прошлые периоды не меняются.");
    if (!context.parse(parser, usage, &exit))
        return exit;
    bool numeric = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&numeric);
    if (parser.positionalArguments().size() != 2 || !numeric)
        return context.usageError(usage);
    if (!parser.isSet(yes))
        return context.fail(tr("Удаление персональных данных необратимо: повторите команду с --yes."));
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    const auto report = ForgetService(db).forget(id);
    if (!report)
        return context.fail(report.error());
    context.out() << tr("Персональные данные удалены; теперь это «%1».").arg(report->label) << '\n';
    if (!report->representativesForgotten.isEmpty())
        context.out() << tr("Удалены и законные представители: %n.", "", int(report->representativesForgotten.size())) << '\n';
    context.out() << tr("Имя стёрто из текстов: %n.", "", report->textsRedacted) << '\n';
    const BackupService backups(db->path());
    if (parser.isSet(purge)) {
        const auto removed = backups.replaceAllWithFresh(QDateTime::currentDateTime());
        if (!removed)
            return context.fail(removed.error());
        context.out() << tr("Прежних резервных копий удалено: %n; сделана новая.", "", *removed) << '\n';
    } else if (const int left = int(backups.backups().size()); left > 0) {
        context.out() << tr("В резервных копиях (%1) данные остаются, пока копии не сменятся: удалить их — --purge-backups.")
                             .arg(backups.folder()) << '\n';
    }
    return ExitOk;
}

int run(CliContext &context)
{
    if (context.arguments().value(1) == QLatin1String("forget"))
        return forget(context);
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
                             "[--status S] [--json]\n"
                             "       kurator-cli --db ФАЙЛ people forget ID --yes [--purge-backups]");
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

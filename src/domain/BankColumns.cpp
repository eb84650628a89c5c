#include "domain/BankColumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace BankColumns {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("BankColumns", text); }

struct Entry
{
    Field field;
    const char *code;
    Kind kind;
    double width;
    const char *description;
    bool mentees, mentors;
};

const Entry kEntries[] = {
    {Field::Number, "number", Kind::Integer, 6, QT_TRANSLATE_NOOP("BankColumns", "номер строки по порядку"), true, true},
    {Field::Name, "name", Kind::Text, 28, QT_TRANSLATE_NOOP("BankColumns", "фамилия, имя, отчество"), true, true},
    {Field::Contacts, "contacts", Kind::Text, 28,
     QT_TRANSLATE_NOOP("BankColumns", "телефон и почта, у несовершеннолетнего — законный представитель"), true, true},
    {Field::AgeClass, "age_class", Kind::Text, 12, QT_TRANSLATE_NOOP("BankColumns", "возраст на дату отчёта и класс: «12 / 6Б»"), true, true},
    {Field::BirthDate, "birth_date", Kind::Date, 12, QT_TRANSLATE_NOOP("BankColumns", "дата рождения"), true, true},
    {Field::Age, "age", Kind::Integer, 8, QT_TRANSLATE_NOOP("BankColumns", "полных лет на дату отчёта"), true, true},
    {Field::ClassName, "class", Kind::Text, 8, QT_TRANSLATE_NOOP("BankColumns", "класс обучающегося"), true, true},
    {Field::Phone, "phone", Kind::Text, 16, QT_TRANSLATE_NOOP("BankColumns", "телефон"), true, true},
    {Field::Email, "email", Kind::Text, 22, QT_TRANSLATE_NOOP("BankColumns", "электронная почта"), true, true},
    {Field::Representative, "representative", Kind::Text, 28, QT_TRANSLATE_NOOP("BankColumns", "законный представитель и его телефон"), true, true},
    {Field::Workplace, "workplace", Kind::Text, 28, QT_TRANSLATE_NOOP("BankColumns", "место работы или учёбы, должность"), true, true},
    {Field::Request, "request", Kind::Text, 30, QT_TRANSLATE_NOOP("BankColumns", "ключевой запрос наставляемого"), true, false},
    {Field::About, "about", Kind::Text, 32, QT_TRANSLATE_NOOP("BankColumns", "компетенции, достижения, интересы наставника"), false, true},
    {Field::DesiredAge, "desired_age", Kind::Text, 12, QT_TRANSLATE_NOOP("BankColumns", "желаемый возраст наставляемых"), false, true},
    {Field::TimeResource, "time_resource", Kind::Text, 16, QT_TRANSLATE_NOOP("BankColumns", "ресурс времени наставника"), false, true},
    {Field::EnteredOn, "entered_on", Kind::Date, 12, QT_TRANSLATE_NOOP("BankColumns", "дата вхождения в программу"), true, true},
    {Field::Partners, "partners", Kind::Text, 28,
     QT_TRANSLATE_NOOP("BankColumns", "ФИО другой стороны пар: наставника или наставляемых"), true, true},
    {Field::PartnersPlace, "partners_place", Kind::Text, 28,
     QT_TRANSLATE_NOOP("BankColumns", "место работы или учёбы другой стороны пар"), true, true},
    {Field::Form, "form", Kind::Text, 20, QT_TRANSLATE_NOOP("BankColumns", "форма наставничества"), true, true},
    {Field::Place, "place", Kind::Text, 22, QT_TRANSLATE_NOOP("BankColumns", "место реализации программы: организация"), true, true},
    {Field::Start, "start", Kind::Date, 12, QT_TRANSLATE_NOOP("BankColumns", "начало работы в паре (самой ранней)"), true, true},
    {Field::End, "end", Kind::Date, 12, QT_TRANSLATE_NOOP("BankColumns", "дата завершения программы"), true, true},
    {Field::Results, "results", Kind::Text, 28, QT_TRANSLATE_NOOP("BankColumns", "результаты программы"), true, true},
    {Field::CaseLink, "case_link", Kind::Text, 22, QT_TRANSLATE_NOOP("BankColumns", "ссылка на кейс или отзыв"), true, true},
};

FieldInfo toInfo(const Entry &e)
{
    return {e.field, QString::fromLatin1(e.code), e.kind, e.width, tr(e.description)};
}

bool inBank(const Entry &e, MemberRole bank) { return bank == MemberRole::Mentee ? e.mentees : e.mentors; }

const Entry *byCode(const QString &code)
{
    for (const Entry &e : kEntries)
        if (code == QLatin1String(e.code))
            return &e;
    return nullptr;
}

QString bankTitle(MemberRole bank) { return bank == MemberRole::Mentee ? tr("наставляемых") : tr("наставников"); }
}

QString bankCode(MemberRole bank) { return bank == MemberRole::Mentee ? QStringLiteral("mentees") : QStringLiteral("mentors"); }

QList<FieldInfo> fields(MemberRole bank)
{
    QList<FieldInfo> list;
    for (const Entry &e : kEntries)
        if (inBank(e, bank))
            list << toInfo(e);
    return list;
}

FieldInfo info(Field field)
{
    for (const Entry &e : kEntries)
        if (e.field == field)
            return toInfo(e);
    return toInfo(kEntries[0]);
}

Result<QList<Column>> parse(const QByteArray &json, MemberRole bank)
{
    using R = Result<QList<Column>>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("Набор столбцов — не JSON-объект: %1 (символ %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    const QString bankName = root.value(QStringLiteral("bank")).toString();
    if (!bankName.isEmpty() && bankName != bankCode(bank))
        return R::failure(tr("Это набор столбцов базы «%1», а не базы %2.").arg(bankName, bankTitle(bank)));
    const QJsonArray array = root.value(QStringLiteral("columns")).toArray();
    if (array.isEmpty())
        return R::failure(tr("В наборе столбцов базы %1 нет ни одного столбца (поле columns).").arg(bankTitle(bank)));
    QList<Column> columns;
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const auto problem = [i](const QString &what) { return R::failure(tr("Столбец %1: %2").arg(i + 1).arg(what)); };
        const QJsonObject o = array.at(i).toObject();
        const QString code = o.value(QStringLiteral("field")).toString();
        const Entry *entry = byCode(code);
        if (!entry)
            return problem(tr("неизвестное поле «%1».").arg(code));
        if (!inBank(*entry, bank))
            return problem(tr("поля «%1» нет в базе %2.").arg(code, bankTitle(bank)));
        if (seen.contains(code))
            return problem(tr("поле «%1» уже есть в наборе.").arg(code));
        seen.insert(code);
        const QString title = o.value(QStringLiteral("title")).toString().trimmed();
        if (title.isEmpty())
            return problem(tr("нет заголовка (title) у поля «%1».").arg(code));
        columns.append({entry->field, title});
    }
    return columns;
}

QByteArray toJson(const QList<Column> &columns, MemberRole bank)
{
    QJsonArray array;
    for (const Column &c : columns)
        array.append(QJsonObject{{QStringLiteral("field"), info(c.field).code}, {QStringLiteral("title"), c.title}});
    return QJsonDocument(QJsonObject{{QStringLiteral("bank"), bankCode(bank)}, {QStringLiteral("columns"), array}})
        .toJson(QJsonDocument::Indented);
}

} // namespace BankColumns

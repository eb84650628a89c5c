#include "services/QuestionnaireImport.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QSet>

namespace {
// A field with the header words that name it; "=" before a hint asks for the whole header.
struct FieldSpec
{
    const char *code;
    const char *title;
    const char *hints; // '|'-separated, folded
    int kinds;         // bit per QuestionnaireKind
};

constexpr int Mentee = 1, Mentor = 2, Preference = 4, All = 7;

// In the order headers are tried: the more specific first ("ФИО" before "Фамилия").
const FieldSpec kFields[] = {
    {"submitted", QT_TRANSLATE_NOOP("QuestionnaireImport", "Дата заполнения"), "отметка времени|timestamp|дата заполнения|дата анкет", All},
    {"full_name", QT_TRANSLATE_NOOP("QuestionnaireImport", "ФИО"), "фио|ф.и.о|фамилия, имя|фамилия имя|полное имя", All},
    {"last_name", QT_TRANSLATE_NOOP("QuestionnaireImport", "Фамилия"), "фамилия", All},
    {"patronymic", QT_TRANSLATE_NOOP("QuestionnaireImport", "Отчество"), "отчество", All},
    {"first_name", QT_TRANSLATE_NOOP("QuestionnaireImport", "Имя"), "=имя|имя ", All},
    {"birth_date", QT_TRANSLATE_NOOP("QuestionnaireImport", "Дата рождения"), "рождени", All},
    {"class", QT_TRANSLATE_NOOP("QuestionnaireImport", "Класс"), "класс", All},
    {"category", QT_TRANSLATE_NOOP("QuestionnaireImport", "Категория"), "категори|статус участника|кто вы", Mentee | Mentor},
    {"position", QT_TRANSLATE_NOOP("QuestionnaireImport", "Должность"), "должност", Mentee | Mentor},
    {"workplace", QT_TRANSLATE_NOOP("QuestionnaireImport", "Место работы или учёбы"), "место работ|место учеб|организац", Mentee | Mentor},
    {"phone", QT_TRANSLATE_NOOP("QuestionnaireImport", "Телефон"), "телефон", Mentee | Mentor},
    {"email", QT_TRANSLATE_NOOP("QuestionnaireImport", "Электронная почта"), "почт|e-mail|email", Mentee | Mentor},
    {"prefers", QT_TRANSLATE_NOOP("QuestionnaireImport", "Кого выбирает в пару"), "с кем|кого|предпочт|выбира|хотел", Preference},
    {"request", QT_TRANSLATE_NOOP("QuestionnaireImport", "Запрос"), "запрос|чему хотите|чему вы хотите|в чем нужна помощь", Mentee},
    {"problems", QT_TRANSLATE_NOOP("QuestionnaireImport", "Проблемы"), "проблем|трудност|затруднен", Mentee},
    {"competencies", QT_TRANSLATE_NOOP("QuestionnaireImport", "Компетенции"), "компетенц|навык|в чем можете помочь|чему можете научить", Mentor},
    {"achievements", QT_TRANSLATE_NOOP("QuestionnaireImport", "Достижения"), "достижен", Mentor},
    {"interests", QT_TRANSLATE_NOOP("QuestionnaireImport", "Интересы"), "интерес|увлечен|хобби", Mentee | Mentor},
    {"desired_age", QT_TRANSLATE_NOOP("QuestionnaireImport", "Желаемый возраст наставляемых"), "возраст", Mentor},
    {"capacity", QT_TRANSLATE_NOOP("QuestionnaireImport", "Сколько наставляемых"), "сколько наставляемых|количество наставляемых|число наставляемых", Mentor},
    {"time_resource", QT_TRANSLATE_NOOP("QuestionnaireImport", "Временной ресурс"), "временной ресурс|сколько времени|часов в", Mentor},
    {"form", QT_TRANSLATE_NOOP("QuestionnaireImport", "Форма наставничества"), "форма наставничества|=форма|желаемая форма", Mentee | Mentor},
    {"schedule", QT_TRANSLATE_NOOP("QuestionnaireImport", "Удобное время встреч"), "график|удобное время|время встреч|дни недели", Mentee | Mentor},
};


int bit(QuestionnaireKind k) { return 1 << int(k); }

bool headerMatches(const QString &folded, const QString &hints)
{
    for (const QString &hint : hints.split(QLatin1Char('|')))
        if (hint.startsWith(QLatin1Char('=')) ? folded == hint.mid(1) : folded.contains(hint))
            return true;
    return false;
}

}

QString kindCode(QuestionnaireKind kind)
{
    switch (kind) {
    case QuestionnaireKind::Mentee: return QStringLiteral("mentee");
    case QuestionnaireKind::Mentor: return QStringLiteral("mentor");
    case QuestionnaireKind::Preference: return QStringLiteral("preference");
    }
    return {};
}

std::optional<QuestionnaireKind> kindFromCode(const QString &code)
{
    for (QuestionnaireKind k : {QuestionnaireKind::Mentee, QuestionnaireKind::Mentor, QuestionnaireKind::Preference})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QList<ImportField> importFields(QuestionnaireKind kind)
{
    QList<ImportField> fields;
    for (const FieldSpec &f : kFields)
        if (f.kinds & bit(kind))
            fields.append({QString::fromLatin1(f.code), QCoreApplication::translate("QuestionnaireImport", f.title)});
    return fields;
}

ColumnMapping ColumnMapping::guess(const QStringList &headers, QuestionnaireKind kind, const QJsonObject &saved)
{
    ColumnMapping m;
    QSet<QString> used;
    for (const QString &header : headers) {
        const QString folded = TextFold::fold(header);
        QString field;
        if (saved.contains(folded)) {
            field = saved.value(folded).toString();
        } else {
            for (const FieldSpec &f : kFields)
                if ((f.kinds & bit(kind)) && !used.contains(QString::fromLatin1(f.code))
                    && headerMatches(folded, QString::fromUtf8(f.hints))) {
                    field = QString::fromLatin1(f.code);
                    break;
                }
        }
        if (!field.isEmpty())
            used.insert(field);
        m.fieldOfColumn << field;
    }
    return m;
}

QJsonObject ColumnMapping::toJson(const QStringList &headers) const
{
    QJsonObject o;
    for (int c = 0; c < headers.size() && c < fieldOfColumn.size(); ++c)
        if (!headers.at(c).trimmed().isEmpty())
            o.insert(TextFold::fold(headers.at(c)), fieldOfColumn.at(c));
    return o;
}


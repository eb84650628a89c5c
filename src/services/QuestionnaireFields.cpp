#include "services/QuestionnaireImport.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
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

constexpr int Mentee = 1, Mentor = 2, Preference = 4, Survey = 8, All = 15;

// In the order headers are tried: the more specific first ("ФИО" before "Фамилия").
const FieldSpec kFields[] = { // All: the fields that say who answered, read for every kind
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

// Forms services put the question itself in the header, often numbered or with a colon:
// "3. Насколько понятными были задачи?" answers «Насколько понятными были задачи».
QString questionKey(const QString &text)
{
    static const QRegularExpression decoration(QStringLiteral("^\\s*\\d+[.)]\\s*|[\\s?:.*]+$"));
    return TextFold::fold(text).remove(decoration);
}

QString matchQuestion(const QString &header, const SurveyTemplate &survey, const QSet<QString> &used)
{
    const QString key = questionKey(header);
    if (key.size() < 3)
        return {};
    for (const SurveyQuestion &q : survey.questions) {
        const QString field = questionField(q);
        const QString question = questionKey(q.text);
        if (!used.contains(field) && (key == question || (key.size() >= 12 && (key.contains(question) || question.contains(key)))))
            return field;
    }
    return {};
}

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
    case QuestionnaireKind::Survey: return QStringLiteral("survey");
    }
    return {};
}

std::optional<QuestionnaireKind> kindFromCode(const QString &code)
{
    for (QuestionnaireKind k : {QuestionnaireKind::Mentee, QuestionnaireKind::Mentor, QuestionnaireKind::Preference, QuestionnaireKind::Survey})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QList<ImportField> importFields(QuestionnaireKind kind, const SurveyTemplate &survey)
{
    QList<ImportField> fields;
    for (const FieldSpec &f : kFields)
        if (f.kinds & bit(kind))
            fields.append({QString::fromLatin1(f.code), QCoreApplication::translate("QuestionnaireImport", f.title)});
    if (kind == QuestionnaireKind::Survey)
        for (int i = 0; i < survey.questions.size(); ++i)
            fields.append({questionField(survey.questions.at(i)),
                           QStringLiteral("%1. %2").arg(i + 1).arg(survey.questions.at(i).text)});
    return fields;
}

QString questionField(const SurveyQuestion &q)
{
    return QStringLiteral("q") + QString::number(q.id);
}

ColumnMapping ColumnMapping::guess(const QStringList &headers, QuestionnaireKind kind, const QJsonObject &saved,
                                   const SurveyTemplate &survey)
{
    ColumnMapping m;
    QSet<QString> used, known{QString()};
    for (const ImportField &f : importFields(kind, survey))
        known.insert(f.code);
    for (const QString &header : headers) {
        const QString folded = TextFold::fold(header);
        QString field;
        if (saved.contains(folded) && known.contains(saved.value(folded).toString())) { // not a question removed since
            field = saved.value(folded).toString();
        } else {
            for (const FieldSpec &f : kFields)
                if ((f.kinds & bit(kind)) && !used.contains(QString::fromLatin1(f.code))
                    && headerMatches(folded, QString::fromUtf8(f.hints))) {
                    field = QString::fromLatin1(f.code);
                    break;
                }
            if (field.isEmpty() && kind == QuestionnaireKind::Survey)
                field = matchQuestion(header, survey, used);
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


QStringList allFieldCodes(const SurveyTemplate &survey)
{
    QStringList codes;
    for (QuestionnaireKind k : {QuestionnaireKind::Mentee, QuestionnaireKind::Mentor, QuestionnaireKind::Preference, QuestionnaireKind::Survey})
        for (const ImportField &f : importFields(k, survey))
            if (!codes.contains(f.code))
                codes << f.code;
    return codes;
}

Result<QJsonObject> ColumnMapping::parseFile(const QByteArray &json, const SurveyTemplate &survey)
{
    using R = Result<QJsonObject>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return R::failure(QCoreApplication::translate("QuestionnaireImport", "не объект JSON: %1").arg(parseError.errorString()));
    const QJsonObject columns = doc.object().contains(QStringLiteral("columns")) ? doc.object().value(QStringLiteral("columns")).toObject()
                                                                                 : doc.object();
    QJsonObject folded;
    const QStringList known = allFieldCodes(survey);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString field = it.value().toString();
        if (!field.isEmpty() && !known.contains(field))
            return R::failure(QCoreApplication::translate("QuestionnaireImport", "неизвестное поле «%1» у столбца «%2».").arg(field, it.key()));
        folded.insert(TextFold::fold(it.key()), field);
    }
    return folded;
}

#include "services/SurveyService.h"

#include "domain/PersonValidator.h"
#include "domain/SurveyRules.h"
#include "services/Audit.h"
#include "storage/PersonRepository.h"
#include "storage/SurveyRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SurveyService", text); }

QString questionTitle(const SurveyTemplate &survey, qint64 questionId)
{
    for (int i = 0; i < survey.questions.size(); ++i)
        if (survey.questions.at(i).id == questionId)
            return QCoreApplication::translate("SurveyService", "вопрос %1 «%2»").arg(i + 1).arg(survey.questions.at(i).text);
    return QCoreApplication::translate("SurveyService", "вопрос № %1").arg(questionId);
}
} // namespace

Result<QList<SurveyTemplate>> SurveyService::parseTemplates(const QByteArray &json)
{
    using R = Result<QList<SurveyTemplate>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::failure(tr("Файл анкет — не JSON: %1 (позиция %2).").arg(error.errorString()).arg(error.offset));
    const QJsonValue list = doc.object().value(QLatin1String("surveys"));
    if (!list.isArray())
        return R::failure(tr("В файле анкет нет списка «surveys»."));
    QList<SurveyTemplate> templates;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        SurveyTemplate t;
        t.kind = o.value(QLatin1String("kind")).toString();
        t.title = o.value(QLatin1String("title")).toString();
        t.satisfiedThreshold = o.value(QLatin1String("threshold")).toDouble(7);
        for (const QJsonValue &qv : o.value(QLatin1String("questions")).toArray()) {
            const QJsonObject qo = qv.toObject();
            SurveyQuestion q;
            q.text = qo.value(QLatin1String("text")).toString();
            q.answerType = qo.value(QLatin1String("type")).toString(QStringLiteral("scale"));
            QStringList choices;
            for (const QJsonValue &c : qo.value(QLatin1String("choices")).toArray())
                choices << c.toString();
            q.choices = choices.join(QLatin1Char(';'));
            t.questions.append(q);
        }
        if (const Status s = SurveyRules::check(t); !s)
            return R::failure(tr("Анкета %1 «%2»: %3").arg(templates.size() + 1).arg(t.title, s.error()));
        templates.append(t);
    }
    if (templates.isEmpty())
        return R::failure(tr("В файле анкет нет ни одной анкеты."));
    return templates;
}

QByteArray SurveyService::templateJson(const SurveyTemplate &t)
{
    QJsonArray questions;
    for (const SurveyQuestion &q : t.questions) {
        QJsonObject o{{QStringLiteral("text"), q.text}, {QStringLiteral("type"), q.answerType}};
        if (q.answerType == QLatin1String("choice"))
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(SurveyRules::choicesOf(q)));
        questions.append(o);
    }
    const QJsonObject survey{{QStringLiteral("kind"), t.kind}, {QStringLiteral("title"), t.title},
                             {QStringLiteral("threshold"), t.satisfiedThreshold}, {QStringLiteral("questions"), questions}};
    return QJsonDocument(QJsonObject{{QStringLiteral("surveys"), QJsonArray{survey}}}).toJson(QJsonDocument::Indented);
}

Status SurveyService::installDefaults()
{
    SurveyRepository repo(m_db.connection());
    if (!repo.templates().isEmpty())
        return {};
    QFile file(QStringLiteral(":/survey_templates/surveys.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Не найдены шаблоны анкет по умолчанию."));
    const auto parsed = parseTemplates(file.readAll());
    if (!parsed)
        return Status::failure(parsed.error());
    return m_db.transaction([&]() -> Status {
        for (const SurveyTemplate &t : parsed.value())
            if (const auto stored = repo.insertTemplate(t); !stored)
                return Status::failure(stored.error());
        return {};
    });
}

QList<SurveyTemplate> SurveyService::templates() const
{
    return SurveyRepository(m_db.connection()).templates();
}

std::optional<SurveyTemplate> SurveyService::templateById(qint64 id) const
{
    return SurveyRepository(m_db.connection()).templateById(id);
}

std::optional<SurveyTemplate> SurveyService::templateOfKind(const QString &kind) const
{
    for (const SurveyTemplate &t : templates())
        if (t.kind == kind)
            return t;
    return std::nullopt;
}

std::optional<SurveyTemplate> SurveyService::find(const QString &numberOrKind) const
{
    bool isNumber = false;
    const qint64 id = numberOrKind.toLongLong(&isNumber);
    return isNumber ? templateById(id) : templateOfKind(numberOrKind);
}

Result<SurveyTemplate> SurveyService::saveTemplate(const SurveyTemplate &survey)
{
    using R = Result<SurveyTemplate>;
    if (const Status s = SurveyRules::check(survey); !s)
        return R::failure(s.error());
    SurveyRepository repo(m_db.connection());
    if (survey.id != 0) {
        const auto before = repo.templateById(survey.id);
        if (!before)
            return R::failure(tr("Анкета № %1 не найдена.").arg(survey.id));
        const QSet<qint64> answered = repo.answeredQuestions(survey.id);
        for (const SurveyQuestion &old : before->questions) {
            if (!answered.contains(old.id))
                continue;
            const auto now = std::find_if(survey.questions.begin(), survey.questions.end(),
                                          [&old](const SurveyQuestion &q) { return q.id == old.id; });
            if (now == survey.questions.end())
                return R::failure(tr("На вопрос «%1» уже есть ответы — его нельзя удалить. Измените формулировку "
                                     "или создайте новую анкету.").arg(old.text));
            if (now->answerType != old.answerType)
                return R::failure(tr("На вопрос «%1» уже есть ответы — тип ответа менять нельзя.").arg(old.text));
        }
    }
    std::optional<SurveyTemplate> stored;
    const Status written = m_db.transaction([&]() -> Status {
        const auto result = survey.id == 0 ? repo.insertTemplate(survey) : repo.updateTemplate(survey);
        if (!result)
            return Status::failure(result.error());
        stored = result.value();
        return audit(m_db, QStringLiteral("survey_template"), stored->id,
                     survey.id == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    });
    return written ? R(*stored) : R::failure(written.error());
}

Status SurveyService::removeTemplate(qint64 id)
{
    SurveyRepository repo(m_db.connection());
    if (const int n = repo.responseCount(id); n > 0)
        return Status::failure(tr("По этой анкете уже есть ответы (%1) — её нельзя удалить.").arg(n));
    return m_db.transaction([&]() -> Status {
        if (const Status s = repo.removeTemplate(id); !s)
            return s;
        return audit(m_db, QStringLiteral("survey_template"), id, QStringLiteral("delete"));
    });
}

QList<SurveyResponse> SurveyService::responses(int yearStart, qint64 templateId) const
{
    return SurveyRepository(m_db.connection()).responses(yearStart, templateId);
}

std::optional<SurveyResponse> SurveyService::response(qint64 id) const
{
    return SurveyRepository(m_db.connection()).response(id);
}

qint64 SurveyService::responseOf(qint64 templateId, qint64 personId, int yearStart) const
{
    return SurveyRepository(m_db.connection()).responseOf(templateId, personId, yearStart);
}

Status SurveyService::checkResponse(const SurveyResponse &r, const SurveyTemplate &survey, const QDate &today) const
{
    const auto person = PersonRepository(m_db.connection()).find(r.personId);
    if (!person)
        return Status::failure(tr("Выберите участника, заполнившего анкету."));
    if (!r.answeredOn.isValid())
        return Status::failure(tr("Укажите дату заполнения анкеты."));
    if (r.answeredOn > today)
        return Status::failure(tr("Дата заполнения %1 ещё не наступила.").arg(PersonValidator::russianDate(r.answeredOn)));
    const qint64 existing = responseOf(survey.id, r.personId, r.yearStart);
    if (existing != 0 && existing != r.id)
        return Status::failure(tr("%1 уже заполнил(а) анкету «%2» в этом учебном году — откройте её, чтобы изменить.")
                                   .arg(person->shortName(), survey.title));
    int answered = 0;
    for (const SurveyAnswer &a : r.answers) {
        const auto question = std::find_if(survey.questions.begin(), survey.questions.end(),
                                           [&a](const SurveyQuestion &q) { return q.id == a.questionId; });
        if (question == survey.questions.end())
            return Status::failure(tr("Ответ на вопрос не из этой анкеты (№ %1).").arg(a.questionId));
        if (a.value.isNull())
            continue;
        if (!SurveyRules::fits(*question, a.value))
            return Status::failure(tr("%1: ответ «%2» не подходит (%3).")
                                       .arg(questionTitle(survey, a.questionId), a.value.toString(),
                                            SurveyRules::answerTypeTitle(question->answerType)));
        ++answered;
    }
    if (answered == 0)
        return Status::failure(tr("В анкете нет ни одного ответа."));
    return {};
}

Result<qint64> SurveyService::saveResponse(const SurveyResponse &response, const QDate &today)
{
    using R = Result<qint64>;
    const auto survey = templateById(response.templateId);
    if (!survey)
        return R::failure(tr("Анкета № %1 не найдена.").arg(response.templateId));
    if (const Status s = checkResponse(response, *survey, today); !s)
        return R::failure(s.error());
    SurveyResponse r = response;
    SurveyRepository repo(m_db.connection());
    if (r.pairId == 0)
        r.pairId = repo.pairOf(r.personId, r.yearStart);
    const Status written = m_db.transaction([&]() -> Status {
        if (r.id == 0) {
            const auto id = repo.insertResponse(r);
            if (!id)
                return Status::failure(id.error());
            r.id = id.value();
        } else if (const Status s = repo.updateResponse(r); !s) {
            return s;
        }
        return audit(m_db, QStringLiteral("survey_response"), r.id, response.id == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    });
    return written ? R(r.id) : R::failure(written.error());
}

Status SurveyService::removeResponse(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (const Status s = SurveyRepository(m_db.connection()).removeResponse(id); !s)
            return s;
        return audit(m_db, QStringLiteral("survey_response"), id, QStringLiteral("delete"));
    });
}

Status SurveyService::restoreResponse(const SurveyResponse &response)
{
    return m_db.transaction([&]() -> Status {
        const auto id = SurveyRepository(m_db.connection()).insertResponse(response);
        if (!id)
            return Status::failure(id.error());
        return audit(m_db, QStringLiteral("survey_response"), id.value(), QStringLiteral("restore"));
    });
}

QList<SurveyScore> SurveyService::scores(int yearStart) const
{
    return SurveyRepository(m_db.connection()).scores(yearStart);
}

#include "services/QuestionnaireImport.h"

#include "domain/CellValues.h"
#include "domain/ClassName.h"
#include "domain/IsoDate.h"
#include "domain/PersonValidator.h"
#include "domain/SurveyRules.h"
#include "domain/TextFold.h"
#include "services/Audit.h"
#include "services/SurveyService.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QVarLengthArray>
#include <algorithm>
#include <unordered_map>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("QuestionnaireImport", text); }

// Fields kept only among the questionnaire's answers: the rest go to the person and the bank, and
// unmapped columns stay answers under their header.
bool isAnswerOnly(const QString &field)
{
    return field == QLatin1String("schedule") || field == QLatin1String("prefers");
}


// "ученик – ученик", "Ученик-ученик", "ученик ученик" are one form, and so are "учитель – ученик"
// and "педагог – ученик".
QString formKey(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-–—«»\"]+"));
    return TextFold::fold(text)
        .remove(separators)
        .replace(QStringLiteral("учитель"), QStringLiteral("педагог"))
        .replace(QStringLiteral("обучающийся"), QStringLiteral("ученик"));
}

// A name as it is meant: a control character is a space, an invisible format character (zero-width
// space, soft hyphen) nothing, so a copy of a row that carries one is not another person.
QString visibleName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Format)
            out += c;
    return out.simplified();
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

class RowReader
{
public:
    static QString tr(const char *text) { return QCoreApplication::translate("RowReader", text); }
    RowReader(const ImportPreview &p, const QHash<QString, qint64> &forms, const QuestionnaireRepository::PeopleIndex &people,
              qsizetype rows)
        : m_p(p), m_forms(forms), m_people(people)
    {
        m_seen.reserve(size_t(rows));
        m_matched.reserve(size_t(rows));
    }

    // The row as a person and answers, or the first problem that stops it.
    std::optional<QuestionnaireRow> read(int rowNumber, const QStringList &cells, QString *problem)
    {
        QuestionnaireRow r;
        r.row = rowNumber;
        for (int c = 0; c < cells.size() && c < m_p.headers.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            if (value.isEmpty())
                continue;
            const QString field = m_p.mapping.fieldOfColumn.value(c);
            if (!field.isEmpty())
                r.values.insert(field, value);
            // A survey's sheet holds the template's questions only; a questionnaire keeps every column.
            if (m_p.kind != QuestionnaireKind::Survey && (field.isEmpty() || isAnswerOnly(field)))
                r.answers.append({field.isEmpty() ? m_p.headers.at(c).trimmed() : field, value});
        }
        if (r.values.isEmpty() && r.answers.isEmpty()) {
            *problem = QString(); // a blank row: nothing to say
            return std::nullopt;
        }
        *problem = readPerson(r);
        if (problem->isEmpty())
            *problem = m_p.kind == QuestionnaireKind::Survey ? checkSurvey(r) : checkProfile(r);
        if (!problem->isEmpty())
            return std::nullopt;
        return r;
    }

private:
    QString readPerson(QuestionnaireRow &r)
    {
        Person &p = r.person;
        if (const QString full = r.values.value(QStringLiteral("full_name")); !full.isEmpty()) {
            QStringList parts = visibleName(full).split(QLatin1Char(' '));
            p.lastName = parts.takeFirst();
            p.firstName = parts.isEmpty() ? QString() : parts.takeFirst();
            p.patronymic = parts.join(QLatin1Char(' '));
        } else {
            p.lastName = visibleName(r.values.value(QStringLiteral("last_name")));
            p.firstName = visibleName(r.values.value(QStringLiteral("first_name")));
            p.patronymic = visibleName(r.values.value(QStringLiteral("patronymic")));
        }
        if (p.lastName.isEmpty() || p.firstName.isEmpty() || !hasLetter(p.lastName + p.firstName))
            return tr("нет ФИО (нужны хотя бы фамилия и имя)");
        if (const QString birth = r.values.value(QStringLiteral("birth_date")); !birth.isEmpty()) {
            const auto date = CellValues::date(birth);
            if (!date)
                return tr("дата рождения «%1» невозможна или не читается").arg(birth);
            if (!PersonValidator::isPossibleBirthDate(*date, m_today))
                return tr("дата рождения %1 невозможна").arg(date->toString(QStringLiteral("dd.MM.yyyy")));
            p.birthDate = *date;
        }
        // The day of filling is the day the person entered the programme: an impossible or future one
        // is the row's problem, not today's date in its place.
        if (const QString submitted = r.values.value(QStringLiteral("submitted")); !submitted.isEmpty()) {
            const auto date = CellValues::date(submitted);
            if (!date)
                return tr("дата заполнения «%1» невозможна или не читается").arg(submitted);
            if (*date > m_today)
                return tr("дата заполнения %1 ещё не наступила").arg(PersonValidator::russianDate(*date));
            r.submittedOn = *date;
        }
        if (const QString cls = r.values.value(QStringLiteral("class")); !cls.isEmpty()) {
            const auto parsed = ClassName::parse(cls);
            if (!parsed)
                return tr("неизвестный класс «%1»").arg(cls);
            p.className = parsed->text();
        }
        p.position = r.values.value(QStringLiteral("position"));
        p.workplace = r.values.value(QStringLiteral("workplace"));
        if (const QString phone = r.values.value(QStringLiteral("phone")); !phone.isEmpty()) {
            const auto normal = PersonValidator::normalizePhone(phone);
            if (!normal)
                return tr("телефон «%1» не похож на российский номер").arg(phone);
            p.phone = *normal;
        }
        if (const QString email = r.values.value(QStringLiteral("email")); !email.isEmpty()) {
            if (!PersonValidator::isValidEmail(email))
                return tr("адрес почты «%1» неверен").arg(email);
            p.email = email;
        }
        if (const QString category = r.values.value(QStringLiteral("category")); !category.isEmpty()) {
            const auto c = CellValues::category(category);
            if (!c)
                return tr("неизвестная категория участника «%1»").arg(category);
            p.category = *c;
        } else {
            const bool teacherByDefault = m_p.kind == QuestionnaireKind::Mentor;
            p.category = !p.className.isEmpty()  ? PersonCategory::Pupil
                         : !p.position.isEmpty() ? PersonCategory::Teacher
                         : teacherByDefault      ? PersonCategory::Teacher
                                                 : PersonCategory::Pupil;
        }
        return identify(r);
    }

    // Who the row is in the store: the same ФИО (ё = е, spaces folded) and birth date; without a
    // birth date, the only person of that name. Two rows never become one person, nor one person
    // two: a row without a birth date cannot be told from another of its name.
    QString identify(QuestionnaireRow &r)
    {
        const Person &p = r.person;
        r.nameKey = TextFold::nameKey(p.lastName, p.firstName, p.patronymic);
        const QString &name = r.nameKey;
        if (const QString earlier = seenBefore(r); !earlier.isEmpty())
            return earlier;
        const QString key = name + QLatin1Char('|') + isoDateText(p.birthDate);
        const auto &known = m_people.byNameAndBirth;
        if (p.birthDate.isValid()) {
            auto found = known.find(key);
            if (found == known.end())
                found = known.find(name + QLatin1Char('|')); // stored without a birth date
            r.existingId = found == known.end() ? 0 : found->second;
        } else {
            const auto stored = m_people.byName.find(name);
            const QList<qint64> namesakes = stored == m_people.byName.end() ? QList<qint64>() : stored->second;
            if (namesakes.size() > 1)
                return tr("участников с таким ФИО несколько — укажите дату рождения");
            r.existingId = namesakes.value(0);
        }
        if (r.existingId)
            if (const auto [other, firstMatch] = m_matched.emplace(r.existingId, r.row); !firstMatch)
                return tr("это тот же участник базы, что и в строке %1 (в базе у него нет даты рождения)").arg(other->second);
        return {};
    }

    // The file's own repeats: the same name and birth date, or the same name where one of the rows
    // has no birth date to tell them apart.
    QString seenBefore(const QuestionnaireRow &r)
    {
        const QDate &born = r.person.birthDate;
        auto [at, first] = m_seen.try_emplace(r.nameKey);
        SeenName &seen = at->second;
        const auto noted = qScopeGuard([&] {
            if (born.isValid())
                seen.dated.append({born, r.row});
            else if (!seen.datelessRow)
                seen.datelessRow = r.row;
        });
        if (first)
            return {};
        const auto tellApart = [](int row) {
            return tr("то же ФИО, что в строке %1, а без даты рождения их не отличить — укажите её").arg(row);
        };
        if (!born.isValid())
            return seen.datelessRow ? tr("повторяет строку %1").arg(seen.datelessRow) : tellApart(seen.dated.first().second);
        for (const auto &[date, row] : seen.dated)
            if (date == born)
                return tr("повторяет строку %1").arg(row);
        return seen.datelessRow ? tellApart(seen.datelessRow) : QString();
    }

    QString checkProfile(const QuestionnaireRow &r) const
    {
        if (const QString capacity = r.values.value(QStringLiteral("capacity")); !capacity.isEmpty()) {
            bool ok = false;
            const int n = capacity.toInt(&ok);
            if (!ok || n < 0 || n > 30)
                return tr("число наставляемых «%1» — не число от 0 до 30").arg(capacity);
        }
        if (const QString age = r.values.value(QStringLiteral("desired_age")); !age.isEmpty() && !CellValues::ageRange(age))
            return tr("желаемый возраст «%1» не читается (пример: 10-14)").arg(age);
        if (const QString form = r.values.value(QStringLiteral("form")); !form.isEmpty() && !m_forms.contains(formKey(form)))
            return tr("неизвестная форма наставничества «%1»").arg(form);
        return {};
    }

    // A survey is answered by people the registries know, on a real day, with answers that fit.
    QString checkSurvey(QuestionnaireRow &r) const
    {
        if (r.existingId == 0)
            return tr("%1 нет в базе — сначала добавьте участника или импортируйте его анкету").arg(r.person.fullName());
        int answered = 0;
        for (int i = 0; i < m_p.survey.questions.size(); ++i) {
            const SurveyQuestion &q = m_p.survey.questions.at(i);
            const auto value = SurveyRules::parse(q, r.values.value(questionField(q)));
            if (!value)
                return tr("вопрос %1: %2").arg(i + 1).arg(value.error());
            answered += value->isNull() ? 0 : 1;
        }
        return answered == 0 ? tr("нет ни одного ответа на вопросы анкеты") : QString();
    }

    const ImportPreview &m_p;
    const QHash<QString, qint64> &m_forms;
    const QuestionnaireRepository::PeopleIndex &m_people;
    const QDate m_today = QDate::currentDate(); // once: each call reads the time zone files
    struct SeenName
    {
        QVarLengthArray<std::pair<QDate, int>, 1> dated; // birth date -> its first row
        int datelessRow = 0;                             // the first row of the name without one
    };
    std::unordered_map<QString, SeenName, TextHash> m_seen; // name key -> its rows so far
    std::unordered_map<qint64, int> m_matched;               // a stored person -> the row that updates them
};

QHash<QString, qint64> formIds(const Database &db)
{
    QHash<QString, qint64> ids;
    for (const MentoringForm &f : ReferenceRepository(db.connection()).forms()) {
        ids.insert(formKey(f.title), f.id);
        ids.insert(formKey(f.code), f.id);
    }
    return ids;
}
}

int ImportPreview::newPeople() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const QuestionnaireRow &r) { return r.existingId == 0; }));
}

QString QuestionnaireImport::mappingKey(QuestionnaireKind kind) const
{
    const QString key = QStringLiteral("import.mapping.") + kindCode(kind);
    return kind == QuestionnaireKind::Survey ? key + QLatin1Char('.') + QString::number(m_survey.id) : key;
}

QJsonObject QuestionnaireImport::savedMapping(QuestionnaireKind kind) const
{
    return QJsonDocument::fromJson(SettingsRepository(m_db->connection()).value(mappingKey(kind)).toUtf8()).object();
}

namespace {
int headerRowOf(const TableData &table) // the first row with anything in it names the columns
{
    int row = 0;
    while (row < table.rows.size() && table.rows.at(row).join(QString()).trimmed().isEmpty())
        ++row;
    return row;
}
}

ImportPreview QuestionnaireImport::recognise(const TableData &table, QuestionnaireKind kind, int yearStart,
                                             const QString &source, const ColumnMapping *mapping) const
{
    ImportPreview p;
    p.kind = kind;
    p.survey = m_survey;
    p.yearStart = yearStart;
    p.source = source;
    const int headerRow = headerRowOf(table);
    if (headerRow < table.rows.size()) {
        p.headers = table.rows.at(headerRow);
        p.mapping = mapping ? *mapping : ColumnMapping::guess(p.headers, kind, savedMapping(kind), m_survey);
    }
    return p;
}

ImportPreview QuestionnaireImport::preview(const TableData &table, QuestionnaireKind kind, int yearStart,
                                           const QString &source, const ColumnMapping *mapping,
                                           const ProgressCallback &progress) const
{
    ImportPreview p = recognise(table, kind, yearStart, source, mapping);
    if (p.headers.isEmpty())
        return p;
    const int headerRow = headerRowOf(table);
    const QHash<QString, qint64> forms = formIds(*m_db);
    const auto people = QuestionnaireRepository(m_db->connection(), yearStart).peopleIndex();
    RowReader reader(p, forms, people, table.rows.size());
    p.rows.reserve(table.rows.size());
    for (int i = headerRow + 1; i < table.rows.size(); ++i) {
        QString problem;
        if (auto row = reader.read(i + 1, table.rows.at(i), &problem))
            p.rows.append(std::move(*row));
        else if (!problem.isEmpty())
            p.problems.append({i + 1, problem});
        if (i % 500 == 0 && !reportProgress(progress, i, table.rows.size())) {
            p.cancelled = true;
            return p;
        }
    }
    return p;
}

namespace {

// Names in a preference answer ("Иванов Иван; Петрова Анна") to people: the whole name, or the
// only person whose full name begins with it.
class NameResolver
{
public:
    explicit NameResolver(const QuestionnaireRepository::PeopleIndex &people)
    {
        for (const auto &[name, ids] : people.byName)
            for (qint64 id : ids)
                m_keys.append({name, id});
        std::sort(m_keys.begin(), m_keys.end());
    }

    qint64 resolve(const QString &name) const
    {
        const QString key = TextFold::fold(name);
        auto it = std::lower_bound(m_keys.begin(), m_keys.end(), std::pair<QString, qint64>{key, 0});
        if (it == m_keys.end() || !it->first.startsWith(key))
            return 0;
        const auto next = it + 1;
        const bool unique = next == m_keys.end() || !next->first.startsWith(key) || it->first == key;
        return unique ? it->second : 0;
    }

private:
    QList<std::pair<QString, qint64>> m_keys;
};

QString preferredIds(const QuestionnaireRow &r, const NameResolver &names, QStringList &warnings)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]+"));
    QStringList ids;
    for (const QString &name : r.values.value(QStringLiteral("prefers")).split(separators, Qt::SkipEmptyParts)) {
        if (name.trimmed().isEmpty())
            continue;
        if (const qint64 id = names.resolve(name.simplified()))
            ids << QString::number(id);
        else
            warnings << QCoreApplication::translate("QuestionnaireImport", "строка %1: «%2» — нет такого участника или их несколько").arg(r.row).arg(name.simplified());
    }
    return ids.join(QLatin1Char(' '));
}

Status writeProfile(QuestionnaireRepository &repo, const ImportPreview &p, const QuestionnaireRow &r, qint64 personId,
                    const QHash<QString, qint64> &forms, const QDate &today)
{
    const auto v = [&r](const char *field) { return r.values.value(QString::fromLatin1(field)); };
    const qint64 formId = forms.value(formKey(v("form")));
    const QDate entered = r.submittedOn.isValid() ? r.submittedOn : today;
    if (p.kind == QuestionnaireKind::Mentee) {
        MenteeProfile m;
        m.personId = personId;
        m.request = v("request");
        m.problems = v("problems");
        m.interests = v("interests");
        m.desiredFormId = formId;
        m.enteredOn = entered;
        return repo.mergeMentee(m);
    }
    MentorProfile m;
    m.personId = personId;
    m.competencies = v("competencies");
    m.achievements = v("achievements");
    m.interests = v("interests");
    if (const auto range = CellValues::ageRange(v("desired_age"))) {
        m.desiredAgeFrom = range->first;
        m.desiredAgeTo = range->second;
    }
    m.timeResource = v("time_resource");
    m.schedule = v("schedule");
    m.capacity = v("capacity").toInt();
    m.formId = formId;
    m.enteredOn = entered;
    return repo.mergeMentor(m, !v("capacity").isEmpty());
}
}

namespace {
// The mapping kept for next time, and the import in the audit log, in the import's transaction.
Status saveMapping(const Database &db, const QString &key, const ImportPreview &p)
{
    const QString json = QString::fromUtf8(QJsonDocument(p.mapping.toJson(p.headers)).toJson(QJsonDocument::Compact));
    if (Status st = SettingsRepository(db.connection()).setValue(key, json); !st)
        return st;
    return audit(db, QStringLiteral("questionnaire_import"), p.survey.id, QStringLiteral("import"), kindCode(p.kind));
}
} // namespace

namespace {
constexpr int kRowsPerProgress = 500;

// Told every few hundred rows and at the last: whether to go on.
Status goOn(const ProgressCallback &progress, qsizetype done, qsizetype total)
{
    if ((done % kRowsPerProgress != 0 && done != total) || reportProgress(progress, done, total))
        return {};
    return Status::failure(QCoreApplication::translate("QuestionnaireImport", "Импорт отменён: ничего не записано."));
}
} // namespace

Result<ImportReport> QuestionnaireImport::commit(const ImportPreview &p, bool skipBad, const ProgressCallback &progress)
{
    using R = Result<ImportReport>;
    if (!p.problems.isEmpty() && !skipBad) {
        QStringList lines;
        for (const RowProblem &problem : p.problems)
            lines << tr("строка %1: %2").arg(problem.row).arg(problem.message);
        return R::failure(tr("Ничего не импортировано: в файле есть строки с ошибками.\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    ImportReport report;
    report.skipped = p.problems;
    const QHash<QString, qint64> forms = formIds(*m_db);
    const QDate today = QDate::currentDate();
    const Status s = m_db->transaction([&]() -> Status {
        if (p.kind == QuestionnaireKind::Survey)
            return writeSurveyRows(p, report, progress);
        QuestionnaireRepository repo(m_db->connection(), p.yearStart);
        std::optional<NameResolver> names;
        if (p.kind == QuestionnaireKind::Preference)
            names.emplace(repo.peopleIndex());
        qsizetype done = 0;
        for (const QuestionnaireRow &r : p.rows) {
            if (Status go = goOn(progress, done++, p.rows.size()); !go)
                return go;
            Person person = r.person;
            person.id = r.existingId;
            if (person.id != 0) {
                if (Status st = repo.mergePerson(person); !st)
                    return Status::failure(tr("Строка %1: %2").arg(r.row).arg(st.error()));
                ++report.updated;
            } else {
                const Result<qint64> id = repo.insertPerson(person, r.nameKey);
                if (!id)
                    return Status::failure(tr("Строка %1: %2").arg(r.row).arg(id.error()));
                person.id = id.value();
                ++report.created;
            }
            QuestionnaireResponse response{kindCode(p.kind), person.id, r.submittedOn, p.source, r.answers};
            if (names)
                response.answers.append({QStringLiteral("prefers_ids"), preferredIds(r, *names, report.warnings)});
            else if (Status st = writeProfile(repo, p, r, person.id, forms, today); !st)
                return Status::failure(tr("Строка %1: %2").arg(r.row).arg(st.error()));
            if (Status st = repo.insertResponse(response); !st)
                return Status::failure(tr("Строка %1: %2").arg(r.row).arg(st.error()));
        }
        if (Status go = goOn(progress, done, p.rows.size()); !go)
            return go;
        return saveMapping(*m_db, mappingKey(p.kind), p);
    });
    if (!s)
        return R::failure(s.error());
    return report;
}

Status QuestionnaireImport::writeSurveyRows(const ImportPreview &p, ImportReport &report, const ProgressCallback &progress)
{
    SurveyService surveys(*m_db);
    const QDate today = QDate::currentDate();
    qsizetype done = 0;
    for (const QuestionnaireRow &r : p.rows) {
        if (Status go = goOn(progress, done++, p.rows.size()); !go)
            return go;
        SurveyResponse response;
        response.id = surveys.responseOf(p.survey.id, r.existingId, p.yearStart);
        response.templateId = p.survey.id;
        response.personId = r.existingId;
        response.yearStart = p.yearStart;
        response.answeredOn = r.submittedOn.isValid() ? r.submittedOn : today;
        for (const SurveyQuestion &q : p.survey.questions)
            if (const auto value = SurveyRules::parse(q, r.values.value(questionField(q))); value && !value->isNull())
                response.answers.append({q.id, value.value()});
        if (const auto saved = surveys.saveResponse(response, today); !saved)
            return Status::failure(tr("Строка %1: %2").arg(r.row).arg(saved.error()));
        ++(response.id == 0 ? report.created : report.updated);
    }
    if (Status go = goOn(progress, done, p.rows.size()); !go)
        return go;
    return saveMapping(*m_db, mappingKey(p.kind), p);
}

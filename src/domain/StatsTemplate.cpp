#include "domain/StatsTemplate.h"

#include "domain/CellValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace StatsTemplate {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("StatsTemplate", text); }

const QStringList kCounts{QStringLiteral("participants"), QStringLiteral("people"), QStringLiteral("pairs"), QStringLiteral("groups"),
                          QStringLiteral("pairs_formed"), QStringLiteral("groups_formed"), QStringLiteral("plan_items"),
                          QStringLiteral("plan_items_done"), QStringLiteral("respondents"), QStringLiteral("satisfied"),
                          QStringLiteral("partner_organisations")};
const QStringList kCategories{QStringLiteral("pupil"), QStringLiteral("teacher"), QStringLiteral("young_teacher"), QStringLiteral("parent"),
                              QStringLiteral("graduate"), QStringLiteral("student"), QStringLiteral("employer")};
const QStringList kKeys{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("section"), QStringLiteral("count"),
                        QStringLiteral("role"), QStringLiteral("category"), QStringLiteral("age"), QStringLiteral("ovz"),
                        QStringLiteral("form"), QStringLiteral("share")};

Result<Row> parseRow(const QJsonObject &o, int number, const QStringList &formCodes)
{
    using R = Result<Row>;
    auto problem = [number](const QString &what) { return R::failure(tr("Строка %1 шаблона: %2").arg(number).arg(what)); };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kKeys.contains(it.key()))
            return problem(tr("неизвестное поле «%1».").arg(it.key()));
    Row row;
    row.id = o.value(QStringLiteral("id")).toString();
    if (o.contains(QStringLiteral("section"))) {
        row.section = true;
        row.label = o.value(QStringLiteral("section")).toString();
        return row;
    }
    row.label = o.value(QStringLiteral("label")).toString();
    if (row.label.trimmed().isEmpty())
        return problem(tr("нет подписи (label)."));
    if (o.contains(QStringLiteral("share"))) {
        const QJsonArray share = o.value(QStringLiteral("share")).toArray();
        if (share.size() != 2 || !share.at(0).isString() || !share.at(1).isString())
            return problem(tr("доля записывается как [\"строка-числитель\", \"строка-знаменатель\"]."));
        row.shareOf = share.at(0).toString();
        row.shareOver = share.at(1).toString();
        return row;
    }
    row.count = o.value(QStringLiteral("count")).toString();
    if (!kCounts.contains(row.count))
        return problem(tr("неизвестный счёт «%1»; возможны: %2.").arg(row.count, kCounts.join(QStringLiteral(", "))));
    const QString role = o.value(QStringLiteral("role")).toString();
    if (role == QLatin1String("mentee"))
        row.role = MemberRole::Mentee;
    else if (role == QLatin1String("mentor"))
        row.role = MemberRole::Mentor;
    else if (!role.isEmpty())
        return problem(tr("роль «%1» — не mentee и не mentor.").arg(role));
    row.category = o.value(QStringLiteral("category")).toString();
    if (!row.category.isEmpty() && !kCategories.contains(row.category))
        return problem(tr("неизвестная категория «%1»; возможны: %2.").arg(row.category, kCategories.join(QStringLiteral(", "))));
    if (o.contains(QStringLiteral("age"))) {
        row.age = CellValues::ageRange(o.value(QStringLiteral("age")).toString());
        if (!row.age)
            return problem(tr("возраст «%1» — не диапазон вида 10-19.").arg(o.value(QStringLiteral("age")).toString()));
    }
    row.ovz = o.value(QStringLiteral("ovz")).toBool();
    row.form = o.value(QStringLiteral("form")).toString();
    if (!row.form.isEmpty() && !formCodes.contains(row.form))
        return problem(tr("неизвестная форма наставничества «%1»; возможны: %2.").arg(row.form, formCodes.join(QStringLiteral(", "))));
    return row;
}

class Evaluator
{
public:
    Evaluator(const Kpi::Facts &facts, const Kpi::Period &period, const Kpi::Settings &settings)
        : m_facts(facts), m_period(period), m_settings(settings)
    {
        for (const Kpi::Person &p : facts.people)
            m_people.insert(p.id, &p);
        for (const Kpi::PairFact &p : facts.pairs)
            m_pairs.insert(p.id, &p);
        m_activePairs = Kpi::activePairs(facts, period);
    }

    int count(const Row &row) const
    {
        if (row.count == QLatin1String("participants"))
            return participants(row);
        if (row.count == QLatin1String("people"))
            return int(std::count_if(m_facts.people.cbegin(), m_facts.people.cend(),
                                     [&](const Kpi::Person &p) { return p.active && passes(p, row); }));
        if (row.count == QLatin1String("pairs") || row.count == QLatin1String("groups"))
            return pairs(row, row.count == QLatin1String("groups"), false);
        if (row.count == QLatin1String("pairs_formed") || row.count == QLatin1String("groups_formed"))
            return pairs(row, row.count == QLatin1String("groups_formed"), true);
        if (row.count == QLatin1String("plan_items") || row.count == QLatin1String("plan_items_done"))
            return planItems(row, row.count == QLatin1String("plan_items_done"));
        if (row.count == QLatin1String("respondents") || row.count == QLatin1String("satisfied"))
            return respondents(row, row.count == QLatin1String("satisfied"));
        return m_facts.partnerOrganisations;
    }

private:
    bool passes(const Kpi::Person &p, const Row &row) const
    {
        if (row.category == QLatin1String("young_teacher")) {
            if (p.category != PersonCategory::Teacher
                || !Ages::isYoungSpecialist(p.pedagogicalSince, p.birthDate, m_period.to, m_settings.youngSpecialist))
                return false;
        } else if (!row.category.isEmpty() && Codes::code(p.category) != row.category) {
            return false;
        }
        if (row.ovz && !p.ovz)
            return false;
        if (row.age) {
            const auto age = Ages::ageOn(p.birthDate, m_period.to);
            if (!age || *age < row.age->first || *age > row.age->second)
                return false;
        }
        return true;
    }

    bool pairPasses(qint64 pairId, const Row &row) const
    {
        const Kpi::PairFact *pair = m_pairs.value(pairId);
        return row.form.isEmpty() || (pair && pair->formCode == row.form);
    }

    int participants(const Row &row) const
    {
        QSet<qint64> counted;
        for (const Kpi::Membership &m : m_facts.memberships)
            if ((!row.role || m.role == *row.role) && Kpi::takesPart(m, m_period) && pairPasses(m.pairId, row))
                if (const Kpi::Person *p = m_people.value(m.personId); p && passes(*p, row))
                    counted.insert(p->id);
        return int(counted.size());
    }

    // Worked in the period as the KPIs count it (a member took part), or began in it.
    int pairs(const Row &row, bool groups, bool formedInPeriod) const
    {
        return int(std::count_if(m_facts.pairs.cbegin(), m_facts.pairs.cend(), [&](const Kpi::PairFact &p) {
            if (p.group != groups || !pairPasses(p.id, row))
                return false;
            return formedInPeriod ? p.from.isValid() && p.from >= m_period.from && p.from <= m_period.to
                                  : m_activePairs.contains(p.id);
        }));
    }

    // The items of the plans of the pairs that worked in the period, as KPI 8 counts them.
    int planItems(const Row &row, bool doneOnly) const
    {
        return int(std::count_if(m_facts.planItems.cbegin(), m_facts.planItems.cend(), [&](const Kpi::PlanItemFact &i) {
            return m_activePairs.contains(i.pairId) && pairPasses(i.pairId, row) && (!doneOnly || i.done);
        }));
    }

    int respondents(const Row &row, bool satisfiedOnly) const
    {
        const auto latest = Kpi::latestAnswers(m_facts, m_period, [&](const Kpi::SurveyResult &s) {
            const Kpi::Person *p = m_people.value(s.personId);
            return (!row.role || s.role == *row.role) && p && passes(*p, row);
        });
        return int(std::count_if(latest.cbegin(), latest.cend(),
                                 [&](const Kpi::SurveyResult *s) { return !satisfiedOnly || s->meanScore >= s->threshold; }));
    }

    const Kpi::Facts &m_facts;
    Kpi::Period m_period;
    Kpi::Settings m_settings;
    QHash<qint64, const Kpi::Person *> m_people;
    QHash<qint64, const Kpi::PairFact *> m_pairs;
    QSet<qint64> m_activePairs;
};
} // namespace

Result<Template> parse(const QByteArray &json, const QStringList &formCodes)
{
    using R = Result<Template>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::failure(tr("Шаблон статистики — не JSON: %1 (позиция %2).").arg(error.errorString()).arg(error.offset));
    Template t;
    t.title = doc.object().value(QStringLiteral("title")).toString();
    const QJsonArray rows = doc.object().value(QStringLiteral("rows")).toArray();
    if (rows.isEmpty())
        return R::failure(tr("В шаблоне статистики нет строк (rows)."));
    QSet<QString> ids;
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return R::failure(tr("Строка %1 шаблона — не объект JSON.").arg(i + 1));
        auto row = parseRow(rows.at(i).toObject(), i + 1, formCodes);
        if (!row)
            return R::failure(row.error());
        if (!row->id.isEmpty() && ids.contains(row->id))
            return R::failure(tr("Строка %1 шаблона: имя «%2» уже есть выше.").arg(i + 1).arg(row->id));
        ids.insert(row->id);
        t.rows.append(*row);
    }
    for (int i = 0; i < t.rows.size(); ++i)
        for (const QString &ref : {t.rows.at(i).shareOf, t.rows.at(i).shareOver})
            if (t.rows.at(i).isShare() && (!ids.contains(ref) || ref.isEmpty()))
                return R::failure(tr("Строка %1 шаблона: доля ссылается на строку «%2», которой в шаблоне нет.").arg(i + 1).arg(ref));
    for (int i = 0; i < t.rows.size(); ++i)
        if (t.rows.at(i).isShare())
            for (const QString &ref : {t.rows.at(i).shareOf, t.rows.at(i).shareOver})
                for (const Row &r : t.rows)
                    if (r.id == ref && (r.isShare() || r.section))
                        return R::failure(tr("Строка %1 шаблона: доля считается от строки-числа, а «%2» — не число.").arg(i + 1).arg(ref));
    return t;
}

QList<Figure> evaluate(const Template &t, const Kpi::Facts &facts, const Kpi::Period &period, const Kpi::Settings &settings)
{
    const Evaluator evaluator(facts, period, settings);
    QHash<QString, int> counts;
    QList<Figure> figures;
    for (const Row &row : t.rows) {
        Figure f{row.label, row.section, row.isShare(), 0, 0, std::nullopt};
        if (!row.section && !row.isShare()) {
            f.count = evaluator.count(row);
            if (!row.id.isEmpty())
                counts.insert(row.id, f.count);
        }
        figures.append(f);
    }
    for (int i = 0; i < t.rows.size(); ++i)
        if (t.rows.at(i).isShare()) {
            Figure &f = figures[i];
            f.count = counts.value(t.rows.at(i).shareOf);
            f.denominator = counts.value(t.rows.at(i).shareOver);
            if (f.denominator > 0)
                f.percent = 100.0 * f.count / f.denominator;
        }
    return figures;
}

} // namespace StatsTemplate

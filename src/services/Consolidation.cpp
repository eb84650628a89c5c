#include "services/Consolidation.h"

#include "domain/AcademicYear.h"
#include "services/RoadmapService.h"
#include "services/StatsService.h"
#include "storage/KpiRepository.h"
#include "storage/ServerAccounts.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ConsolidationService", text); }

// The municipality's organisation on a server (resources/server/access.sql).
constexpr qint64 kMunicipality = 1;
}

Result<Consolidated> ConsolidationService::compute(int startYear, std::optional<Kpi::Period> period) const
{
    using R = Result<Consolidated>;
    if (!m_db->isServer())
        return R::failure(tr("Сводка по школам строится на муниципальном сервере; в файле одной школы её нет."));
    ServerAccounts accounts(m_db->connection());
    if (!accounts.isCoordinator())
        return R::failure(tr("Сводку по школам строит муниципальный координатор: войдите на сервер под его именем."));

    Consolidated c;
    c.startYear = startYear;
    const AcademicYear year(startYear);
    c.period = period.value_or(Kpi::Period{year.firstDay(), year.lastDay()});
    // Every school's facts in one pass, then the municipality's rules over each of them.
    if (Status s = accounts.chooseSchool(0); !s)
        return R::failure(s.error());
    const QMap<qint64, Kpi::Facts> facts = KpiRepository(m_db->connection()).factsBySchool(c.period, startYear);
    const QList<ServerSchool> schools = accounts.schools();
    if (Status s = accounts.chooseSchool(kMunicipality); !s)
        return R::failure(s.error());
    const StatsService stats(m_db);
    const auto statsTemplate = stats.check(stats.templateText());
    if (!statsTemplate)
        return R::failure(statsTemplate.error());
    c.statsTitle = stats.title();
    const KpiService kpis(m_db);
    for (const ServerSchool &school : schools) {
        const Kpi::Facts f = facts.value(school.id);
        c.schools.append({school.id, school.name, kpis.compute(startYear, f, c.period),
                          StatsTemplate::evaluate(*statsTemplate, f, c.period)});
    }
    c.total = total(c.schools, tr("Итого по муниципалитету"));
    // The municipality's targets hold for the total, as they do for each school's figures.
    const QList<KpiRow> targets = kpis.compute(startYear, Kpi::Facts(), c.period);
    for (int i = 0; i < c.total.kpis.size() && i < targets.size(); ++i)
        c.total.kpis[i].target = targets[i].target;
    // The municipal roadmap with the schools' items: one school at a time, in the order of the list.
    const RoadmapService roadmap(m_db);
    c.roadmaps.append({kMunicipality, tr("Муниципалитет"), roadmap.items(startYear)});
    for (const ServerSchool &school : schools) {
        accounts.chooseSchool(school.id);
        c.roadmaps.append({school.id, school.name, roadmap.items(startYear)});
    }
    // Back in the municipality, where whatever the coordinator writes next belongs.
    accounts.chooseSchool(kMunicipality);
    return c;
}

SchoolFigures ConsolidationService::total(const QList<SchoolFigures> &schools, const QString &name)
{
    SchoolFigures sum;
    sum.name = name;
    if (schools.isEmpty())
        return sum;
    // The rows of the first school with nothing counted yet: every school has the same ones.
    sum.kpis = schools.first().kpis;
    sum.stats = schools.first().stats;
    for (KpiRow &row : sum.kpis)
        row.value.numerator = row.value.denominator = 0;
    for (StatsTemplate::Figure &f : sum.stats)
        f.count = f.denominator = 0;
    for (const SchoolFigures &school : schools) {
        for (int i = 0; i < sum.kpis.size() && i < school.kpis.size(); ++i) {
            sum.kpis[i].value.numerator += school.kpis[i].value.numerator;
            sum.kpis[i].value.denominator += school.kpis[i].value.denominator;
            sum.kpis[i].value.denominatorFromContingent |= school.kpis[i].value.denominatorFromContingent;
        }
        for (int i = 0; i < sum.stats.size() && i < school.stats.size(); ++i) {
            sum.stats[i].count += school.stats[i].count;
            sum.stats[i].denominator += school.stats[i].denominator;
        }
    }
    for (StatsTemplate::Figure &f : sum.stats)
        if (f.share)
            f.percent = f.denominator > 0 ? std::optional<double>(100.0 * f.count / f.denominator) : std::nullopt;
    return sum;
}

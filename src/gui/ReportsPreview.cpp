#include "gui/ReportsPreview.h"

#include "domain/RoadmapItem.h"
#include "services/AnalyticReport.h"
#include "services/BankColumnSets.h"
#include "services/KpiService.h"
#include "services/RegistryService.h"
#include "services/RoadmapService.h"
#include "services/StatsService.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace ReportsPreview {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ReportsPreview", text); }

class Rows
{
public:
    explicit Rows(QStandardItemModel *model) : m_model(model) {}
    void add(const QString &name, const QString &value, const QString &target = QString()) const
    {
        QList<QStandardItem *> cells{new QStandardItem(name), new QStandardItem(value)};
        if (m_model->columnCount() > 2)
            cells << new QStandardItem(target);
        m_model->appendRow(cells);
    }

private:
    QStandardItemModel *m_model;
};

QString ofWhole(int part, int whole)
{
    return whole > 0 ? tr("%1 (%2 из %3)").arg(shareText(100.0 * part / whole)).arg(part).arg(whole) : shareText(std::nullopt);
}

void stats(const Rows &rows, const DatabasePtr &db, const Parameters &p)
{
    const auto figures = StatsService(db).compute(p.startYear, p.period);
    if (!figures) {
        rows.add(tr("Шаблон с ошибкой"), figures.error());
        return;
    }
    for (const StatsTemplate::Figure &f : *figures)
        rows.add(f.label, f.section ? QString()
                          : f.share ? tr("%1 (%2 из %3)").arg(shareText(f.percent)).arg(f.count).arg(f.denominator)
                                    : QString::number(f.count));
}

void bank(const Rows &rows, const DatabasePtr &db, const Parameters &p)
{
    const bool mentees = p.code == QLatin1String("mentees");
    const RegistryTable table = RegistryService(db).load(mentees ? RegistryKind::Mentees : RegistryKind::Mentors, p.startYear, p.reportDate);
    rows.add(tr("Строк в базе"), QString::number(table.records.size()));
    QStringList titles;
    for (const BankColumns::Column &c : BankColumnSets(db).columns(mentees ? MemberRole::Mentee : MemberRole::Mentor))
        titles << c.title;
    rows.add(tr("Столбцы"), titles.join(QStringLiteral("; ")));
    rows.add(tr("Персональные данные"), tr("да: в имени файла «(ПДн)», файл доступен только вам"));
}

void analytic(const Rows &rows, const DatabasePtr &db, const Parameters &p)
{
    const AnalyticFigures f = AnalyticService(db).compute(p.startYear, p.period, p.reportDate);
    rows.add(tr("Пар и групп работали"), QString::number(f.total.active));
    rows.add(tr("Сформировано за период"), QString::number(f.total.formed));
    rows.add(tr("Наставляемых / наставников"), QStringLiteral("%1 / %2").arg(f.menteesActive).arg(f.mentorsActive));
    rows.add(tr("Выполнено пунктов планов"), ofWhole(f.planItemsDone, f.planItems));
    rows.add(tr("Проведено встреч"), QString::number(f.meetingsHeld));
    rows.add(tr("Без наставника"), tr("%1 из %2 в банке").arg(f.menteesWithoutPair).arg(f.menteesInBank));
    // The summary's paragraphs numbered, as the report's sheet has them: rows of one label read
    // as a repeat.
    for (int i = 0; i < f.summary.size(); ++i)
        rows.add(tr("Вывод %1").arg(i + 1), f.summary.at(i));
}
}

void fill(QStandardItemModel *model, const DatabasePtr &db, const Parameters &p)
{
    const bool kpi = p.code == QLatin1String("kpi");
    model->clear();
    model->setHorizontalHeaderLabels(kpi ? QStringList{tr("Показатель"), tr("Значение"), tr("Цель")}
                                         : QStringList{tr("Показатель"), tr("Значение")});
    const Rows rows(model);
    if (p.code == QLatin1String("stats")) {
        stats(rows, db, p);
    } else if (p.code == QLatin1String("mentees") || p.code == QLatin1String("mentors")) {
        bank(rows, db, p);
    } else if (p.code == QLatin1String("analytic")) {
        analytic(rows, db, p);
    } else if (kpi) {
        for (const KpiRow &k : KpiService(db).compute(p.startYear))
            rows.add(k.definition.name, tr("%1 (%2 из %3)").arg(shareText(k.value.percent())).arg(k.value.numerator).arg(k.value.denominator),
                     k.target ? QStringLiteral("%1 %").arg(*k.target) : QString());
    } else {
        const QList<RoadmapItem> items = RoadmapService(db).items(p.startYear);
        const auto countOf = [&](auto test) { return QString::number(std::count_if(items.begin(), items.end(), test)); };
        rows.add(tr("Мероприятий"), QString::number(items.size()));
        rows.add(tr("Выполнено"), countOf([](const RoadmapItem &i) { return i.status == RoadmapStatus::Done; }));
        rows.add(tr("В работе"), countOf([](const RoadmapItem &i) { return i.status == RoadmapStatus::InProgress; }));
        rows.add(tr("Просрочено на дату отчёта"), countOf([&](const RoadmapItem &i) { return i.isOverdueOn(p.reportDate); }));
    }
}
} // namespace ReportsPreview

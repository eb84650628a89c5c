#include "services/ExcelReports.h"

#include "domain/AcademicYear.h"
#include "services/AnalyticReport.h"
#include "services/Consolidation.h"
#include "services/KpiService.h"
#include "services/RoadmapService.h"
#include "services/StatsService.h"
#include "services/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QMap>

namespace ExcelReports {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ExcelReports", text); }

using Kind = XlsxWorkbook::Kind;

QVariant share(const std::optional<double> &percent)
{
    return percent ? QVariant(*percent / 100.0) : QVariant();
}

QVariant reachedText(const KpiRow &row)
{
    if (!row.reached())
        return row.value.percent() ? QVariant() : QVariant(tr("нет данных"));
    return *row.reached() ? tr("да") : tr("нет");
}

const QList<RoadmapLight> kLights{RoadmapLight::Done, RoadmapLight::OnTrack, RoadmapLight::AtRisk,
                                  RoadmapLight::Overdue, RoadmapLight::Unscheduled};

// Counts of activities by state under each key (a section, an owner), in first-seen order.
void writeLightSummary(XlsxWorkbook::Sheet *sheet, const QList<QPair<QString, RoadmapLight>> &entries)
{
    QStringList keys;
    QMap<QString, QMap<RoadmapLight, int>> counts;
    for (const auto &[key, light] : entries) {
        if (!counts.contains(key))
            keys << key;
        ++counts[key][light];
    }
    for (const QString &key : keys) {
        QVariantList row{key};
        int total = 0;
        for (RoadmapLight l : kLights) {
            row << counts[key].value(l);
            total += counts[key].value(l);
        }
        row << total;
        sheet->writeRow(row, counts[key].value(RoadmapLight::Overdue) > 0);
    }
}

// The statistics of participants: a section as a bold row, a count, a share with what it is of.
void writeStatsRows(XlsxWorkbook::Sheet *sheet, const QList<StatsTemplate::Figure> &figures)
{
    for (const StatsTemplate::Figure &f : figures) {
        if (f.section)
            sheet->writeRow({f.label}, true);
        else if (f.share)
            sheet->writeRow({f.label, f.count, f.denominator, share(f.percent)});
        else
            sheet->writeRow({f.label, f.count});
    }
}

// A school's (or the total's) statistics of participants and KPIs on one sheet.
void writeFigures(XlsxWorkbook &book, const SchoolFigures &f, const Consolidated &c, const QDate &reportDate)
{
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        f.name, tr("%1: %2 за период с %3 по %4").arg(f.name, c.statsTitle, c.period.from.toString(QStringLiteral("dd.MM.yyyy")),
                                                    c.period.to.toString(QStringLiteral("dd.MM.yyyy"))),
        reportDate,
        {{tr("Показатель"), Kind::Text, 70}, {tr("Количество"), Kind::Integer, 13}, {tr("Из"), Kind::Integer, 10},
         {tr("Доля"), Kind::Percent, 10}, {tr("Цель"), Kind::Percent, 10}, {tr("Цель достигнута"), Kind::Text, 12}});
    writeStatsRows(sheet, f.stats);
    sheet->writeRow({tr("Показатели эффективности")}, true);
    for (const KpiRow &row : f.kpis)
        sheet->writeRow({row.definition.name, row.value.numerator, row.value.denominator, share(row.value.percent()),
                         share(row.target), reachedText(row)});
}

QList<XlsxWorkbook::Column> summaryColumns(const QString &first)
{
    QList<XlsxWorkbook::Column> columns{{first, Kind::Text, 50}};
    for (RoadmapLight l : kLights)
        columns.append({RoadmapCodes::label(l), Kind::Integer, 13});
    columns.append({tr("Всего"), Kind::Integer, 10});
    return columns;
}
}

Status stats(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path, std::optional<Kpi::Period> period,
             const QByteArray &templateJson)
{
    const StatsService service(db);
    const auto figures = service.compute(startYear, period, templateJson);
    if (!figures)
        return Status::failure(figures.error());
    const AcademicYear year(startYear);
    const Kpi::Period p = period.value_or(Kpi::Period{year.firstDay(), year.lastDay()});
    XlsxWorkbook book(path);
    if (Status s = book.opened(); !s)
        return s;
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        tr("Статистика"),
        tr("%1 за период с %2 по %3").arg(service.title(templateJson), p.from.toString(QStringLiteral("dd.MM.yyyy")),
                                          p.to.toString(QStringLiteral("dd.MM.yyyy"))),
        reportDate,
        {{tr("Показатель"), Kind::Text, 70}, {tr("Количество"), Kind::Integer, 13}, {tr("Из"), Kind::Integer, 10},
         {tr("Доля"), Kind::Percent, 10}});
    writeStatsRows(sheet, *figures);
    return book.close();
}

Status consolidated(const Consolidated &c, const QDate &reportDate, const QString &path)
{
    XlsxWorkbook book(path);
    if (Status s = book.opened(); !s)
        return s;
    writeFigures(book, c.total, c, reportDate);
    QList<XlsxWorkbook::Column> columns{{tr("Показатель"), Kind::Text, 60}};
    for (const SchoolFigures &school : c.schools)
        columns.append({school.name, Kind::Percent, 14});
    columns.append({c.total.name, Kind::Percent, 14});
    XlsxWorkbook::Sheet *compare = book.addSheet(tr("Школы рядом"), tr("Показатели эффективности по школам, %1 учебный год")
                                                                        .arg(AcademicYear(c.startYear).title()),
                                                 reportDate, columns);
    for (int i = 0; i < c.total.kpis.size(); ++i) {
        QVariantList cells{c.total.kpis[i].definition.name};
        for (const SchoolFigures &school : c.schools)
            cells << (i < school.kpis.size() ? share(school.kpis[i].value.percent()) : QVariant());
        cells << share(c.total.kpis[i].value.percent());
        compare->writeRow(cells);
    }
    // The municipal roadmap with every school's items, and their state by school.
    XlsxWorkbook::Sheet *roadmaps = book.addSheet(
        tr("Дорожные карты"), tr("Дорожные карты муниципалитета и школ, %1 учебный год").arg(AcademicYear(c.startYear).title()),
        reportDate,
        {{tr("Школа"), Kind::Text, 24}, {tr("№"), Kind::Text, 6}, {tr("Раздел"), Kind::Text, 22}, {tr("Мероприятие"), Kind::Text, 50},
         {tr("Срок (как в плане)"), Kind::Text, 16}, {tr("Окончание"), Kind::Date, 11}, {tr("Ответственные"), Kind::Text, 24},
         {tr("Отметка исполнения"), Kind::Text, 13}, {tr("Состояние"), Kind::Text, 13}});
    QList<QPair<QString, RoadmapLight>> bySchool;
    for (const SchoolRoadmap &r : c.roadmaps)
        for (const RoadmapItem &item : r.items) {
            const RoadmapLight light = item.lightOn(reportDate);
            roadmaps->writeRow({r.name, item.number, item.section, item.activity, item.deadline.text, item.deadline.to,
                                item.owners, RoadmapCodes::label(item.status), RoadmapCodes::label(light)},
                               light == RoadmapLight::Overdue);
            bySchool.append({r.name, light});
        }
    writeLightSummary(book.addSheet(tr("Мероприятия по школам"), tr("Мероприятия дорожных карт по школам"), reportDate,
                                    summaryColumns(tr("Школа"))), bySchool);
    for (const SchoolFigures &school : c.schools)
        writeFigures(book, school, c, reportDate);
    return book.close();
}

Status kpi(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path)
{
    const QMap<int, QList<KpiRow>> byYear = KpiService(db).byYear(startYear);
    const QList<KpiRow> rows = byYear.value(startYear);
    XlsxWorkbook book(path);
    if (Status s = book.opened(); !s)
        return s;
    const QString year = AcademicYear(startYear).title();
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        tr("Показатели %1").arg(year), tr("Показатели эффективности наставничества, %1 учебный год").arg(year), reportDate,
        {{tr("Показатель"), Kind::Text, 60}, {tr("Числитель"), Kind::Integer, 12}, {tr("Знаменатель"), Kind::Integer, 13},
         {tr("Факт"), Kind::Percent, 10}, {tr("Цель"), Kind::Percent, 10}, {tr("Цель достигнута"), Kind::Text, 12},
         {tr("Знаменатель из контингента"), Kind::Text, 14}});
    for (const KpiRow &row : rows)
        sheet->writeRow({row.definition.name, row.value.numerator, row.value.denominator, share(row.value.percent()),
                         share(row.target), reachedText(row), row.value.denominatorFromContingent ? tr("да") : QString()},
                        row.reached() && !*row.reached());
    book.addBarChart(sheet, *sheet, {3, 4}, tr("Факт и цель"), 4 + int(rows.size()) + 1, 0);

    // The same KPIs in every school year that has data, side by side.
    QList<XlsxWorkbook::Column> columns{{tr("Показатель"), Kind::Text, 60}};
    for (int y : byYear.keys())
        columns.append({AcademicYear(y).title(), Kind::Percent, 12});
    XlsxWorkbook::Sheet *trend = book.addSheet(tr("По годам"), tr("Показатели по учебным годам"), reportDate, columns);
    for (int i = 0; i < rows.size(); ++i) {
        QVariantList cells{rows[i].definition.name};
        for (const QList<KpiRow> &yearRows : byYear)
            cells << (i < yearRows.size() ? share(yearRows[i].value.percent()) : QVariant());
        trend->writeRow(cells);
    }
    return book.close();
}

Status analytic(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path,
                std::optional<Kpi::Period> period)
{
    const AnalyticFigures f = AnalyticService(db).compute(startYear, period, reportDate);
    XlsxWorkbook book(path);
    if (Status s = book.opened(); !s)
        return s;
    const QString during = tr("%1, %2: с %3 по %4")
                               .arg(AnalyticReport::title(), f.organisation, f.period.from.toString(QStringLiteral("dd.MM.yyyy")),
                                    f.period.to.toString(QStringLiteral("dd.MM.yyyy")));
    XlsxWorkbook::Sheet *summary = book.addSheet(tr("Выводы"), during, reportDate, {{tr("Выводы"), Kind::Text, 120}});
    for (const QString &paragraph : f.summary)
        summary->writeRow({paragraph});

    XlsxWorkbook::Sheet *kpis = book.addSheet(
        tr("Показатели"), tr("Показатели эффективности за период"), reportDate,
        {{tr("Показатель"), Kind::Text, 60}, {tr("Числитель"), Kind::Integer, 12}, {tr("Знаменатель"), Kind::Integer, 13},
         {tr("Факт"), Kind::Percent, 10}, {tr("Цель"), Kind::Percent, 10}, {tr("Цель достигнута"), Kind::Text, 12}});
    for (const KpiRow &row : f.kpis)
        kpis->writeRow({row.definition.name, row.value.numerator, row.value.denominator, share(row.value.percent()),
                        share(row.target), reachedText(row)},
                       row.reached() && !*row.reached());

    XlsxWorkbook::Sheet *forms = book.addSheet(
        tr("Пары и группы"), tr("Наставнические пары и группы по формам за период"), reportDate,
        {{tr("Форма наставничества"), Kind::Text, 40}, {tr("Сформировано"), Kind::Integer, 14}, {tr("Работали"), Kind::Integer, 12},
         {tr("из них групп"), Kind::Integer, 12}, {tr("Завершили"), Kind::Integer, 12}});
    for (const AnalyticFigures::FormLine &l : f.byForm)
        forms->writeRow({l.form, l.formed, l.active, l.groups, l.finished});
    forms->writeRow({tr("Всего"), f.total.formed, f.total.active, f.total.groups, f.total.finished});

    XlsxWorkbook::Sheet *work = book.addSheet(
        tr("Планы и встречи"), tr("Индивидуальные планы и встречи за период"), reportDate,
        {{tr("Показатель"), Kind::Text, 60}, {tr("Количество"), Kind::Integer, 13}, {tr("Из"), Kind::Integer, 10},
         {tr("Доля"), Kind::Percent, 10}});
    const auto ratio = [](int part, int whole) { return whole > 0 ? QVariant(double(part) / whole) : QVariant(); };
    work->writeRow({tr("Выполнено пунктов индивидуальных планов"), f.planItemsDone, f.planItems, ratio(f.planItemsDone, f.planItems)});
    work->writeRow({tr("Планов, выполненных не менее чем на 90 %"), f.plansDone, f.plans, ratio(f.plansDone, f.plans)});
    work->writeRow({tr("Проведено встреч"), f.meetingsHeld});
    work->writeRow({tr("Запланированных и не состоявшихся к дате отчёта"), f.meetingsMissed});
    for (auto it = f.meetingsPerMonth.cbegin(); it != f.meetingsPerMonth.cend(); ++it)
        work->writeRow({tr("Встреч: %1").arg(AnalyticReport::monthTitle(it.key())), it.value()});

    XlsxWorkbook::Sheet *without = book.addSheet(
        tr("Без наставника"), tr("Наставляемые без наставника на конец периода (по последнему подбору пар)"), reportDate,
        {{tr("Причина"), Kind::Text, 80}, {tr("Наставляемых"), Kind::Integer, 14}});
    for (const auto &[reason, count] : f.withoutPairReasons)
        without->writeRow({reason, count});
    without->writeRow({tr("Всего без наставника (из %1 в банке)").arg(f.menteesInBank), f.menteesWithoutPair});
    return book.close();
}

Status roadmap(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path)
{
    const QList<RoadmapItem> items = RoadmapService(db).items(startYear);
    XlsxWorkbook book(path);
    if (Status s = book.opened(); !s)
        return s;
    const QString year = AcademicYear(startYear).title();
    XlsxWorkbook::Sheet *sheet = book.addSheet(
        tr("Дорожная карта %1").arg(year), tr("Состояние дорожной карты, %1 учебный год").arg(year), reportDate,
        {{tr("№"), Kind::Text, 6}, {tr("Раздел"), Kind::Text, 24}, {tr("Мероприятие"), Kind::Text, 50},
         {tr("Срок (как в плане)"), Kind::Text, 16}, {tr("Начало"), Kind::Date, 11}, {tr("Окончание"), Kind::Date, 11},
         {tr("Ответственные"), Kind::Text, 24}, {tr("Ожидаемый результат"), Kind::Text, 30},
         {tr("Показатель"), Kind::Text, 20}, {tr("Отметка исполнения"), Kind::Text, 13}, {tr("Состояние"), Kind::Text, 13},
         {tr("Подтверждение"), Kind::Text, 20}});
    QList<QPair<QString, RoadmapLight>> bySection, byOwner;
    for (const RoadmapItem &item : items) {
        const RoadmapLight light = item.lightOn(reportDate);
        sheet->writeRow({item.number, item.section, item.activity, item.deadline.text, item.deadline.from,
                         item.deadline.to, item.owners, item.expectedResult, item.kpi.text,
                         RoadmapCodes::label(item.status), RoadmapCodes::label(light), item.evidence},
                        light == RoadmapLight::Overdue);
        bySection.append({item.section.isEmpty() ? tr("Без раздела") : item.section, light});
        byOwner.append({item.owners.isEmpty() ? tr("Не указан") : item.owners, light});
    }
    writeLightSummary(book.addSheet(tr("По разделам"), tr("Мероприятия по разделам"), reportDate,
                                    summaryColumns(tr("Раздел"))), bySection);
    writeLightSummary(book.addSheet(tr("По ответственным"), tr("Мероприятия по ответственным"), reportDate,
                                    summaryColumns(tr("Ответственные"))), byOwner);
    return book.close();
}

} // namespace ExcelReports

// The words of the analytic report: its summary and its document, from the figures alone.
#include "services/AnalyticReport.h"

#include "domain/AcademicYear.h"

#include <QCoreApplication>
#include <QLocale>

namespace AnalyticReport {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("AnalyticReport", text); }

QString day(const QDate &d) { return d.toString(QStringLiteral("dd.MM.yyyy")); }

std::optional<double> shareOf(int part, int whole)
{
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
}

const KpiRow *kpi(const AnalyticFigures &f, const QString &code)
{
    for (const KpiRow &k : f.kpis)
        if (k.definition.code == code)
            return &k;
    return nullptr;
}

QString pairsParagraph(const AnalyticFigures &f)
{
    if (f.total.active == 0 && f.total.formed == 0)
        return tr("За период с %1 по %2 наставнические пары и группы не работали.").arg(day(f.period.from), day(f.period.to));
    return tr("За период с %1 по %2 работали наставнических пар и групп — %3 (из них групп — %4); наставляемых — %5, "
              "наставников — %6. Сформировано за период — %7, завершили работу — %8 (досрочно — %9).")
        .arg(day(f.period.from), day(f.period.to))
        .arg(f.total.active).arg(f.total.groups).arg(f.menteesActive).arg(f.mentorsActive)
        .arg(f.total.formed).arg(f.total.finished).arg(f.endedEarly);
}

QString kpiParagraph(const AnalyticFigures &f)
{
    int withTarget = 0, reached = 0;
    QStringList missed, noData;
    for (const KpiRow &k : f.kpis) {
        if (!k.value.percent()) {
            noData << QStringLiteral("«%1»").arg(k.definition.name);
            continue;
        }
        if (!k.reached())
            continue;
        ++withTarget;
        if (*k.reached())
            ++reached;
        else
            missed << tr("«%1» (%2 при цели %3 %)").arg(k.definition.name, shareText(k.value.percent())).arg(*k.target);
    }
    QString text = withTarget == 0 ? tr("Цели года по показателям эффективности не заданы.")
                                   : tr("Цели года достигнуты по показателям: %1 из %2.").arg(reached).arg(withTarget);
    if (!missed.isEmpty())
        text += QLatin1Char(' ') + tr("Не достигнуты: %1.").arg(missed.join(QStringLiteral("; ")));
    if (!noData.isEmpty())
        text += QLatin1Char(' ') + tr("Нет данных по показателям: %1.").arg(noData.join(QStringLiteral(", ")));
    return text;
}

QString plansParagraph(const AnalyticFigures &f)
{
    if (f.planItems == 0)
        return tr("Индивидуальные планы работающих пар и групп не заполнены.");
    return tr("Выполнено пунктов индивидуальных планов — %1 из %2 (%3); планов, выполненных не менее чем на 90 %, — %4 из %5.")
        .arg(f.planItemsDone).arg(f.planItems).arg(shareText(shareOf(f.planItemsDone, f.planItems))).arg(f.plansDone).arg(f.plans);
}

QString meetingsParagraph(const AnalyticFigures &f)
{
    QString text = tr("Проведено встреч — %1.").arg(f.meetingsHeld);
    if (f.meetingsMissed > 0)
        text += QLatin1Char(' ') + tr("Запланированных и не состоявшихся к дате отчёта — %1.").arg(f.meetingsMissed);
    return text;
}

QString satisfactionOf(const KpiRow *k)
{
    if (!k || !k->value.percent())
        return tr("нет данных (анкеты не собраны)");
    return tr("%1 (%2 из %3 ответивших)").arg(shareText(k->value.percent())).arg(k->value.numerator).arg(k->value.denominator);
}

QString withoutPairParagraph(const AnalyticFigures &f)
{
    if (f.menteesInBank == 0)
        return tr("Банк наставляемых учебного года пуст.");
    if (f.menteesWithoutPair == 0)
        return tr("В банке наставляемых — %1; все закреплены за наставниками.").arg(f.menteesInBank);
    QStringList reasons;
    for (const auto &[reason, count] : f.withoutPairReasons)
        reasons << QStringLiteral("%1 — %2").arg(reason).arg(count);
    return tr("В банке наставляемых — %1; без наставника остаются — %2 (%3). Им оказывается поддержка, подбор наставников "
              "продолжается.")
        .arg(f.menteesInBank).arg(f.menteesWithoutPair).arg(reasons.join(QStringLiteral("; ")));
}

QString escaped(const QString &s) { return s.toHtmlEscaped(); }

// A table in the type of a report's tables (10 pt): the first column holds the words, the figures
// share the rest of the width.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    const int first = header.size() > 2 ? 40 : 60;
    const int rest = (100 - first) / std::max<int>(1, int(header.size()) - 1);
    const QString cell = QStringLiteral("<%1 width=\"%2%\"%3 style=\"font-size: 10pt\">%4</%1>");
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int i = 0; i < header.size(); ++i)
        html += cell.arg(QStringLiteral("th")).arg(i == 0 ? first : rest).arg(QString(), escaped(header[i]));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += cell.arg(QStringLiteral("td")).arg(i == 0 ? first : rest)
                        .arg(i == 0 ? QString() : QStringLiteral(" align=\"right\""), escaped(row[i]));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
}

QString monthTitle(const QDate &month)
{
    // The month in the language of the report: its locale is a translatable text of its own.
    const QString name = QLocale(tr("ru_RU")).standaloneMonthName(month.month());
    return name.left(1).toUpper() + name.mid(1) + QLatin1Char(' ') + QString::number(month.year());
}

QString title() { return tr("Аналитический отчёт о реализации программы наставничества"); }

QStringList summaryOf(const AnalyticFigures &f)
{
    return {pairsParagraph(f), kpiParagraph(f), plansParagraph(f), meetingsParagraph(f),
            tr("Удовлетворены участием в программе: наставляемые — %1, наставники — %2.")
                .arg(satisfactionOf(kpi(f, Kpi::SatisfactionMentees)), satisfactionOf(kpi(f, Kpi::SatisfactionMentors))),
            withoutPairParagraph(f)};
}

QString html(const AnalyticFigures &f)
{
    QString h = QStringLiteral("<h2 align=\"center\">%1</h2><p align=\"center\">%2<br/>%3</p>")
                    .arg(escaped(title()), escaped(f.organisation),
                         escaped(tr("%1 учебный год, период с %2 по %3; дата отчёта %4")
                                     .arg(AcademicYear(f.startYear).title(), day(f.period.from), day(f.period.to), day(f.reportDate))));
    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("1. Выводы")));
    for (const QString &p : f.summary)
        h += QStringLiteral("<p align=\"justify\">%1</p>").arg(escaped(p));

    QList<QStringList> kpis;
    for (const KpiRow &k : f.kpis)
        kpis << QStringList{k.definition.name, QString::number(k.value.numerator), QString::number(k.value.denominator),
                            shareText(k.value.percent()), k.target ? QStringLiteral("%1 %").arg(*k.target) : QStringLiteral("—"),
                            !k.reached() ? QStringLiteral("—") : *k.reached() ? tr("да") : tr("нет")};
    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("2. Показатели эффективности")));
    h += table({tr("Показатель"), tr("Числитель"), tr("Знаменатель"), tr("Факт"), tr("Цель"), tr("Достигнута")}, kpis);

    QList<QStringList> forms;
    for (const AnalyticFigures::FormLine &l : f.byForm + QList<AnalyticFigures::FormLine>{f.total})
        forms << QStringList{l.form.isEmpty() ? tr("Всего") : l.form, QString::number(l.formed), QString::number(l.active),
                             QString::number(l.groups), QString::number(l.finished)};
    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("3. Наставнические пары и группы по формам")));
    h += table({tr("Форма наставничества"), tr("Сформировано"), tr("Работали"), tr("из них групп"), tr("Завершили")}, forms);

    QList<QStringList> months;
    for (auto it = f.meetingsPerMonth.cbegin(); it != f.meetingsPerMonth.cend(); ++it)
        months << QStringList{monthTitle(it.key()), QString::number(it.value())};
    months << QStringList{tr("Всего"), QString::number(f.meetingsHeld)};
    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("4. Встречи по месяцам")));
    h += table({tr("Месяц"), tr("Проведено встреч")}, months);

    QList<QStringList> reasons;
    for (const auto &[reason, count] : f.withoutPairReasons)
        reasons << QStringList{reason, QString::number(count)};
    reasons << QStringList{tr("Всего без наставника"), QString::number(f.menteesWithoutPair)};
    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("5. Наставляемые без наставника")));
    h += table({tr("Причина (по последнему подбору пар)"), tr("Наставляемых")}, reasons);
    return h;
}

} // namespace AnalyticReport

#pragma once
#include "domain/Kpi.h"

#include <QCoreApplication>

// Short names of the KPIs for chart axes and the roadmap's metric column; the full names are
// the editable definitions in the store.
inline QString kpiShortName(const QString &code)
{
    static const QMap<QString, const char *> names = {
        {Kpi::PupilsMentees, QT_TRANSLATE_NOOP("KpiNames", "Обучающиеся-наставляемые")},
        {Kpi::PupilsMentors, QT_TRANSLATE_NOOP("KpiNames", "Обучающиеся-наставники")},
        {Kpi::YoungTeachersMentees, QT_TRANSLATE_NOOP("KpiNames", "Молодые педагоги")},
        {Kpi::TeachersMentors, QT_TRANSLATE_NOOP("KpiNames", "Педагоги-наставники")},
        {Kpi::OvzMentees, QT_TRANSLATE_NOOP("KpiNames", "Обучающиеся с ОВЗ")},
        {Kpi::OrganisationsMentors, QT_TRANSLATE_NOOP("KpiNames", "Организации-партнёры")},
        {Kpi::SatisfactionMentees, QT_TRANSLATE_NOOP("KpiNames", "Удовлетворённость наставляемых")},
        {Kpi::SatisfactionMentors, QT_TRANSLATE_NOOP("KpiNames", "Удовлетворённость наставников")},
        {Kpi::PlansDone, QT_TRANSLATE_NOOP("KpiNames", "Выполнение планов")},
        {Kpi::Consents, QT_TRANSLATE_NOOP("KpiNames", "Согласия")}};
    return names.contains(code) ? QCoreApplication::translate("KpiNames", names.value(code)) : code;
}

#include "gui/ContingentFields.h"

#include "domain/Kpi.h"
#include "services/KpiService.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QSpinBox>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ContingentFields", text); }

QString contingentLabel(const QString &code)
{
    static const QMap<QString, const char *> labels = {
        {Kpi::ContingentPupils, QT_TRANSLATE_NOOP("ContingentFields", "Обучающиеся 10–19 лет")},
        {Kpi::ContingentOvz, QT_TRANSLATE_NOOP("ContingentFields", "Обучающиеся с ОВЗ")},
        {Kpi::ContingentTeachers, QT_TRANSLATE_NOOP("ContingentFields", "Педагоги")},
        {Kpi::ContingentYoungTeachers, QT_TRANSLATE_NOOP("ContingentFields", "Молодые педагоги")},
        {Kpi::ContingentOrganisations, QT_TRANSLATE_NOOP("ContingentFields", "Организации")}};
    return labels.contains(code) ? tr(labels.value(code)) : code;
}
} // namespace

ContingentFields::ContingentFields(QFormLayout *layout, QWidget *parent)
{
    for (const QString &code : KpiService::contingentCodes()) {
        auto *box = new QSpinBox(parent);
        box->setRange(-1, 1000000);
        box->setSpecialValueText(tr("по данным"));
        box->setValue(-1);
        box->setObjectName(QStringLiteral("contingent_") + code);
        box->setAccessibleName(contingentLabel(code));
        layout->addRow(contingentLabel(code), box);
        m_boxes.insert(code, box);
    }
}

void ContingentFields::setValues(const QMap<QString, int> &contingent)
{
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setValue(contingent.value(it.key(), -1));
}

QMap<QString, int> ContingentFields::values() const
{
    QMap<QString, int> contingent;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->value() >= 0)
            contingent.insert(it.key(), it.value()->value());
    return contingent;
}

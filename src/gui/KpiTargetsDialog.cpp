#include "gui/KpiTargetsDialog.h"

#include "domain/AcademicYear.h"
#include "ui_KpiTargetsDialog.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace {
QString contingentLabel(const QString &code)
{
    if (code == Kpi::ContingentPupils) return KpiTargetsDialog::tr("Обучающиеся 10–19 лет");
    if (code == Kpi::ContingentOvz) return KpiTargetsDialog::tr("Обучающиеся с ОВЗ");
    if (code == Kpi::ContingentTeachers) return KpiTargetsDialog::tr("Педагоги");
    if (code == Kpi::ContingentYoungTeachers) return KpiTargetsDialog::tr("Молодые педагоги");
    if (code == Kpi::ContingentOrganisations) return KpiTargetsDialog::tr("Организации");
    return code;
}
}

KpiTargetsDialog::KpiTargetsDialog(const QList<KpiDefinition> &definitions, int startYear, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KpiTargetsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Цели и контингент %1 учебного года").arg(AcademicYear(startYear).title()));
    for (const KpiDefinition &d : definitions) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(-1, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setSpecialValueText(tr("не задана"));
        box->setValue(-1);
        box->setObjectName(QStringLiteral("target_") + d.code);
        m_ui->targetsLayout->addRow(d.name, box);
        m_targets.insert(d.code, box);
    }
    for (const QString &code : KpiService::contingentCodes()) {
        auto *box = new QSpinBox(this);
        box->setRange(-1, 1000000);
        box->setSpecialValueText(tr("по данным"));
        box->setValue(-1);
        box->setObjectName(QStringLiteral("contingent_") + code);
        m_ui->contingentLayout->addRow(contingentLabel(code), box);
        m_contingent.insert(code, box);
    }
}

KpiTargetsDialog::~KpiTargetsDialog() = default;

void KpiTargetsDialog::setSettings(const KpiYearSettings &settings)
{
    for (auto it = m_targets.begin(); it != m_targets.end(); ++it)
        it.value()->setValue(settings.targets.value(it.key(), -1));
    for (auto it = m_contingent.begin(); it != m_contingent.end(); ++it)
        it.value()->setValue(settings.contingent.value(it.key(), -1));
}

KpiYearSettings KpiTargetsDialog::settings() const
{
    KpiYearSettings s;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        if (it.value()->value() >= 0)
            s.targets.insert(it.key(), it.value()->value());
    for (auto it = m_contingent.cbegin(); it != m_contingent.cend(); ++it)
        if (it.value()->value() >= 0)
            s.contingent.insert(it.key(), it.value()->value());
    return s;
}

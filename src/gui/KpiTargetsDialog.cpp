#include "gui/KpiTargetsDialog.h"

#include "domain/AcademicYear.h"
#include "gui/ContingentFields.h"
#include "ui_KpiTargetsDialog.h"

#include <QDoubleSpinBox>

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
    m_contingent = std::make_unique<ContingentFields>(m_ui->contingentLayout, this);
}

KpiTargetsDialog::~KpiTargetsDialog() = default;

void KpiTargetsDialog::setSettings(const KpiYearSettings &settings)
{
    for (auto it = m_targets.begin(); it != m_targets.end(); ++it)
        it.value()->setValue(settings.targets.value(it.key(), -1));
    m_contingent->setValues(settings.contingent);
}

KpiYearSettings KpiTargetsDialog::settings() const
{
    KpiYearSettings s;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        if (it.value()->value() >= 0)
            s.targets.insert(it.key(), it.value()->value());
    s.contingent = m_contingent->values();
    return s;
}

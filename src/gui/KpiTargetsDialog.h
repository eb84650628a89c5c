#pragma once
#include "services/KpiService.h"

#include <QDialog>
#include <memory>

namespace Ui { class KpiTargetsDialog; }
class QDoubleSpinBox;
class ContingentFields;

// Цели и контингент учебного года: a target per KPI and the population counts the data lack.
// The lowest value of each box means "not set" (no target; counted from the data).
class KpiTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    KpiTargetsDialog(const QList<KpiDefinition> &definitions, int startYear, QWidget *parent = nullptr);
    ~KpiTargetsDialog() override;

    void setSettings(const KpiYearSettings &settings);
    KpiYearSettings settings() const;

private:
    std::unique_ptr<Ui::KpiTargetsDialog> m_ui;
    QMap<QString, QDoubleSpinBox *> m_targets;
    std::unique_ptr<ContingentFields> m_contingent;
};

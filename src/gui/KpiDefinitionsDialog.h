#pragma once
#include "services/KpiService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class KpiDefinitionsDialog;
}

// «Определения показателей»: each KPI's name and words as the region's reports write them, whether its
// target is a floor or a ceiling, and the parameters of the counting rules (the pupils' ages, who is
// a young teacher). The rules themselves stay as domain.md has them.
class KpiDefinitionsDialog : public QDialog
{
    Q_OBJECT

public:
    KpiDefinitionsDialog(const QList<KpiDefinition> &definitions, const Kpi::Settings &settings,
                         QWidget *parent = nullptr);
    ~KpiDefinitionsDialog() override;

    const QList<KpiDefinition> &definitions() const { return m_definitions; }
    Kpi::Settings settings() const;
    // Refuses, with the problems told, what the store would refuse.
    void accept() override;

private:
    void showDefinition(int row);
    void keepShown();
    void setSettings(const Kpi::Settings &settings);

    std::unique_ptr<Ui::KpiDefinitionsDialog> m_ui;
    QList<KpiDefinition> m_definitions;
    int m_shown = -1;
    bool m_loading = false;
};

#pragma once
#include "services/MatchingService.h"

#include <QDialog>
#include <memory>

namespace Ui { class MatchOptionsDialog; }
class QSpinBox;

// Критерии подбора: the weight of each criterion, the hard rules and the goal of the assignment.
class MatchOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MatchOptionsDialog(const MatchOptions &options, QWidget *parent = nullptr);
    ~MatchOptionsDialog() override;
    MatchOptions options() const;

private:
    void show(const MatchOptions &options);
    std::unique_ptr<Ui::MatchOptionsDialog> m_ui;
    QList<QSpinBox *> m_weights; // in the order of Match::allCriteria()
};

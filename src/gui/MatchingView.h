#pragma once
#include "services/MatchingService.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui { class MatchingView; }
class MatchProposalModel;
class QSortFilterProxyModel;

// Подбор пар: the latest proposal of the school year as a table, the two profiles of the selected
// pair side by side with its score criterion by criterion, and the curator's word over it.
class MatchingView : public QWidget
{
    Q_OBJECT
public:
    using Explainer = std::function<PairExplanation(const MatchLink &)>;

    explicit MatchingView(QWidget *parent = nullptr);
    ~MatchingView() override;

    void setExplainer(Explainer explainer) { m_explain = std::move(explainer); }
    // No result: no run yet this year.
    void setResult(const std::optional<MatchResult> &result, const QString &yearTitle);
    MatchProposalModel *model() const { return m_model; }
    QList<MatchLink> selectedLinks() const;
    void selectRow(int row);
    QString detailsHtml() const;

signals:
    void runRequested();
    void optionsRequested();
    void pinRequested(const QList<MatchLink> &pairs);
    void swapRequested(const MatchLink &first, const MatchLink &second);
    void removeRequested(const QList<MatchLink> &pairs);
    void approveRequested();
    void orderRequested();

private:
    void updateDetails();
    void updateButtons();
    QList<MatchLink> selectedPairs() const;

    std::unique_ptr<Ui::MatchingView> m_ui;
    MatchProposalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Explainer m_explain;
    bool m_approvable = false;
};

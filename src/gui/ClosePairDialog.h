#pragma once
#include "storage/PairRepository.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui { class ClosePairDialog; }

// Завершение работы пары: completed or ended early (with the reason), the date, the results and
// the link to the case. The closure is applied on OK; a refusal is shown and the dialog stays.
class ClosePairDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const PairClosure &)>;
    ClosePairDialog(const PairCard &card, Apply apply, QWidget *parent = nullptr);
    ~ClosePairDialog() override;
    PairClosure closure() const;

private:
    void tryAccept();
    std::unique_ptr<Ui::ClosePairDialog> m_ui;
    Apply m_apply;
};

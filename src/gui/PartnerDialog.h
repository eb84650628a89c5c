#pragma once
#include "domain/Partner.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class PartnerDialog;
}

// «Партнёрская организация»: adds or edits a partner; stays open until PartnerService
// would accept what was entered, so the caller's save cannot fail on validation.
class PartnerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartnerDialog(QWidget *parent = nullptr);
    ~PartnerDialog() override;

    // For editing: fills the fields and keeps the id and status for partner().
    void setPartner(const Partner &partner);
    Partner partner() const;
    void accept() override;

private:
    void fill(const Partner &partner);
    QStringList dateErrors() const;

    std::unique_ptr<Ui::PartnerDialog> m_ui;
    Partner m_partner; // what setPartner gave: the fields the dialog does not show survive
};

#pragma once
#include "services/OrderService.h"

#include <QDialog>
#include <memory>

namespace Ui { class OrderDialog; }

// Приказ о закреплении наставнических пар/групп: the draft over the year's pairs no order fixes
// yet, filled in and previewed as it will print, issued once; or an issued order shown as issued.
// Either one is saved as PDF or printed. Issuing and template changes are reported for the undo.
class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDialog(Database &db, int yearStart, QWidget *parent = nullptr);
    ~OrderDialog() override;

    QString previewHtml() const;
    OrderDraft currentDraft() const;
    // For the tests: the PDF of what is shown, written without asking where.
    Status savePdf(const QString &path) const;
    void reload(qint64 selectOrderId = 0);

signals:
    void issued(qint64 orderId, const OrderDraft &draft);
    void templateChanged(const QString &before, const QString &after);

private:
    void showSelected();
    void redraft();
    void issue();
    void editTemplate();
    void choosePdf();
    void print();
    QString documentTitle() const;

    std::unique_ptr<Ui::OrderDialog> m_ui;
    OrderService m_orders;
    int m_yearStart;
    QString m_html; // the document as rendered, printed and saved without the preview's round trip
    bool m_draftReady = false;
};

#pragma once
#include "domain/BankColumns.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

// Столбцы базы наставляемых или наставников: which fields the bank's workbook shows, in which
// order and under which titles. Every field of the bank is listed; the ticked ones are exported.
class BankColumnsDialog : public QDialog
{
    Q_OBJECT
public:
    BankColumnsDialog(MemberRole bank, const QList<BankColumns::Column> &columns, const QList<BankColumns::Column> &shipped,
                      QWidget *parent = nullptr);

    // The set as chosen; a problem (nothing ticked, an empty title) names the row.
    Result<QList<BankColumns::Column>> columns() const;
    void setColumns(const QList<BankColumns::Column> &columns);
    QStandardItemModel *model() const { return m_model; }
    void accept() override;

private:
    void move(int by);
    void loadFile();
    void saveFile();

    MemberRole m_bank;
    QList<BankColumns::Column> m_shipped;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

#pragma once
#include "storage/Database.h"

#include <QDialog>
#include <memory>

namespace Ui { class AuditLogDialog; }
class QSortFilterProxyModel;
class QStandardItemModel;

// Журнал изменений: who changed what and when, newest first, filtered by the kind of record and
// searched by any word. Field names only: the log never holds the values of personal data.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);
    ~AuditLogDialog() override;
    int shownRows() const;
    void setEntity(const QString &entity);

private:
    void reload();
    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    Database &m_db;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

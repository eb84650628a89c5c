#pragma once
#include "storage/Database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ServerDialog;
}

// «Подключение к муниципальному серверу»: where the server is and who signs in. Stays open until
// the server lets the user in (the reason shown otherwise); remembers everything but the password.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);
    ~ServerDialog() override;

    QString conninfo() const;
    // The session opened by accept().
    DatabasePtr database() const { return m_db; }
    void accept() override;

private:
    std::unique_ptr<Ui::ServerDialog> m_ui;
    DatabasePtr m_db;
};

#include "gui/ServerDialog.h"

#include "storage/ServerAddress.h"
#include "ui_ServerDialog.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

ServerDialog::ServerDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ServerDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Подключиться"));
    QSettings settings;
    m_ui->hostEdit->setText(settings.value(QStringLiteral("server/host")).toString());
    m_ui->portEdit->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_ui->databaseEdit->setText(settings.value(QStringLiteral("server/database"), QStringLiteral("kurator")).toString());
    m_ui->userEdit->setText(settings.value(QStringLiteral("server/user")).toString());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Straight to what is missing: the password on every later connection.
    if (!m_ui->hostEdit->text().isEmpty() && !m_ui->userEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus();
}

ServerDialog::~ServerDialog() = default;

QString ServerDialog::conninfo() const
{
    ServerAddress a;
    a.host = m_ui->hostEdit->text().trimmed();
    a.port = m_ui->portEdit->value();
    a.database = m_ui->databaseEdit->text().trimmed();
    a.user = m_ui->userEdit->text().trimmed();
    a.password = m_ui->passwordEdit->text();
    a.options << QStringLiteral("connect_timeout=10");
    return a.conninfo();
}

void ServerDialog::accept()
{
    QStringList missing;
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        missing << tr("сервер");
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        missing << tr("база");
    if (m_ui->userEdit->text().trimmed().isEmpty())
        missing << tr("вход");
    if (!missing.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Не заполнено: %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    Database::Options options;
    options.createIfMissing = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::openServer(conninfo(), options);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, windowTitle(), opened.error());
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
        return;
    }
    m_db = opened.value();
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), m_ui->hostEdit->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), m_ui->portEdit->value());
    settings.setValue(QStringLiteral("server/database"), m_ui->databaseEdit->text().trimmed());
    settings.setValue(QStringLiteral("server/user"), m_ui->userEdit->text().trimmed());
    QDialog::accept();
}

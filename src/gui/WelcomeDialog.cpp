#include "gui/WelcomeDialog.h"

#include "domain/AcademicYear.h"
#include "gui/ContingentFields.h"
#include "gui/DroppedFile.h"
#include "gui/RecentStores.h"
#include "gui/ServerDialog.h"
#include "gui/StoreOpening.h"
#include "services/ReferenceData.h"
#include "services/SchoolSetup.h"
#include "storage/StoreLock.h"
#include "ui_WelcomeDialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace {
// A draft store and its companions, all of them the draft's own.
void discardDraft(const QString &path)
{
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), StoreLock::lockPath(path)})
        QFile::remove(file);
}

// The school is made in a draft file beside the chosen one and put in place only when complete, so
// that a failure or a crash never leaves a half-made school under the name the program opens next.
Result<DatabasePtr> makeSchool(const QString &path, const SchoolSetup &setup)
{
    const QFileInfo target(path);
    const QString draft = target.dir().filePath(
        QStringLiteral(".%1.%2.new").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    discardDraft(draft);
    Status made;
    {
        auto opened = Database::open(draft);
        made = !opened ? Status::failure(opened.error()) : ReferenceData::installDefaults(*opened.value());
        if (made)
            made = SchoolSetupService::apply(opened.value(), setup);
    } // closed here: the journal written into the file, the lock released
    if (made && !QFile::rename(draft, path)) // never over a file that appeared meanwhile
        made = Status::failure(QCoreApplication::translate("WelcomeDialog", "Не удалось записать файл «%1».")
                                   .arg(QDir::toNativeSeparators(path)));
    discardDraft(draft);
    if (!made)
        return Result<DatabasePtr>::failure(made.error());
    Database::Options existing;
    existing.createIfMissing = false;
    return Database::open(path, existing);
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    m_contingent = std::make_unique<ContingentFields>(m_ui->contingentLayout, m_ui->contingentBox);
    // The contingent's boxes, made after the form, go between the file and «Создать школу».
    QWidget *previous = m_ui->browseButton;
    for (QWidget *box : m_ui->contingentBox->findChildren<QSpinBox *>()) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_ui->createButton);

    // The year that is on now, and the next one for a school preparing in summer.
    const int current = AcademicYear::containing(QDate::currentDate()).startYear();
    for (int year : {current - 1, current, current + 1})
        m_ui->yearCombo->addItem(AcademicYear(year).title(), year);
    m_ui->yearCombo->setCurrentIndex(1);
    setNewStorePath(Database::defaultPath());
    m_ui->createButton->setDefault(true);
    m_ui->problemsLabel->hide();
    fillRecent();

    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomeDialog::createSchool);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &WelcomeDialog::chooseNewStorePath);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &WelcomeDialog::chooseFileToOpen);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomeDialog::openDemo);
    connect(m_ui->serverButton, &QPushButton::clicked, this, &WelcomeDialog::connectToServer);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openFile(item->data(Qt::UserRole).toString()); });
    connect(m_ui->openRecentButton, &QPushButton::clicked, this, &WelcomeDialog::openCurrentRecent);
    m_ui->recentList->installEventFilter(this);
    setAcceptDrops(true); // a school file dropped on the screen opens
    m_ui->nameEdit->setFocus();
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::setNewStorePath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

void WelcomeDialog::fillRecent()
{
    const QStringList stores = RecentStores::list();
    for (const QString &path : stores) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).path()),
                                         m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (stores.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Пока нет"), m_ui->recentList);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_ui->recentList->setCurrentRow(0);
    }
    m_ui->openRecentButton->setEnabled(!stores.isEmpty());
}

void WelcomeDialog::openCurrentRecent()
{
    if (QListWidgetItem *item = m_ui->recentList->currentItem(); item && item->flags() != Qt::NoItemFlags)
        openFile(item->data(Qt::UserRole).toString());
}

// Enter on the list opens its file: the list passes the key on, and the dialog would press
// «Создать школу», its default button, as well.
bool WelcomeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->recentList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrentRecent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void WelcomeDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (DroppedFile::of(event->mimeData()).kind == DroppedFile::Kind::Store)
        event->acceptProposedAction();
}

void WelcomeDialog::dropEvent(QDropEvent *event)
{
    const DroppedFile file = DroppedFile::of(event->mimeData());
    if (file.kind != DroppedFile::Kind::Store)
        return;
    event->acceptProposedAction();
    // After the drop has finished, so that the file manager is not kept waiting by a question.
    QMetaObject::invokeMethod(this, [this, path = file.path] { openFile(path); }, Qt::QueuedConnection);
}

bool WelcomeDialog::createSchool()
{
    SchoolSetup setup;
    setup.school = {m_ui->nameEdit->text(), m_ui->shortNameEdit->text(), m_ui->municipalityEdit->text()};
    setup.startYear = m_ui->yearCombo->currentData().toInt();
    setup.contingent = m_contingent->values();
    const QString path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    QStringList problems = SchoolSetupService::validate(setup);
    if (path.isEmpty())
        problems << tr("Укажите файл базы.");
    else if (QFileInfo::exists(path))
        problems << tr("Файл «%1» уже есть: откройте его справа или выберите для новой школы другое имя.")
                        .arg(QDir::toNativeSeparators(path));
    if (problems.isEmpty()) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto made = makeSchool(path, setup);
        QGuiApplication::restoreOverrideCursor();
        if (made) {
            finish(made.value(), setup.startYear);
            return true;
        }
        problems << made.error();
    }
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->show();
    m_ui->nameEdit->setFocus();
    return false;
}

bool WelcomeDialog::openFile(const QString &path)
{
    Database::Options options;
    options.createIfMissing = false;
    return finishOpened(openStore(path, options, this));
}

void WelcomeDialog::chooseNewStorePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Файл базы новой школы"), m_ui->pathEdit->text(),
                                                      tr("База Куратора (*.sqlite)"));
    if (!path.isEmpty())
        setNewStorePath(path);
}

void WelcomeDialog::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Открыть базу Куратора"), QString(),
                                                      tr("База Куратора (*.sqlite *.db);;Все файлы (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void WelcomeDialog::openDemo()
{
    finishOpened(openDemoStore(this));
}

void WelcomeDialog::connectToServer()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        finish(dialog.database(), 0);
}

// An existing store opened: the screen's choice; otherwise the reason told (none when the user
// declined a read-only opening).
bool WelcomeDialog::finishOpened(const Result<DatabasePtr> &opened)
{
    if (!opened) {
        if (!opened.error().isEmpty())
            QMessageBox::warning(this, windowTitle(), opened.error());
        return false;
    }
    finish(opened.value(), 0);
    return true;
}

void WelcomeDialog::finish(DatabasePtr db, int startYear)
{
    m_db = std::move(db);
    m_startYear = startYear;
    accept();
}

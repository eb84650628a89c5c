#include "gui/BankColumnsDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum ColumnOfTable { Included, Title, Field };
constexpr int FieldRole = Qt::UserRole + 1;

QString capitalised(const QString &s) { return s.left(1).toUpper() + s.mid(1); }
}

BankColumnsDialog::BankColumnsDialog(MemberRole bank, const QList<BankColumns::Column> &columns,
                                     const QList<BankColumns::Column> &shipped, QWidget *parent)
    : QDialog(parent), m_bank(bank), m_shipped(shipped)
{
    setWindowTitle(bank == MemberRole::Mentee ? tr("Столбцы базы наставляемых") : tr("Столбцы базы наставников"));
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("В отчёте"), tr("Заголовок столбца"), tr("Что в столбце")});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Столбцы базы"));

    auto *hint = new QLabel(tr("Отметьте столбцы, которые войдут в книгу; заголовок меняется двойным щелчком или F2; "
                               "порядок — кнопками «Выше» и «Ниже» (Ctrl+↑, Ctrl+↓)."),
                            this);
    hint->setWordWrap(true);
    auto *up = new QPushButton(tr("В&ыше"), this);
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    auto *down = new QPushButton(tr("&Ниже"), this);
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    auto *reset = new QPushButton(tr("Как в &целевой модели"), this);
    auto *load = new QPushButton(tr("&Загрузить…"), this);
    auto *save = new QPushButton(tr("Со&хранить в файл…"), this);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] { setColumns(m_shipped); });
    connect(load, &QPushButton::clicked, this, &BankColumnsDialog::loadFile);
    connect(save, &QPushButton::clicked, this, &BankColumnsDialog::saveFile);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {up, down, reset, load, save})
        side->addWidget(b);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BankColumnsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(780, 560);
    setColumns(columns);
}

void BankColumnsDialog::setColumns(const QList<BankColumns::Column> &columns)
{
    m_model->removeRows(0, m_model->rowCount());
    const auto addRow = [this](const BankColumns::FieldInfo &info, const QString &title, bool included) {
        auto *check = new QStandardItem;
        check->setCheckable(true);
        check->setCheckState(included ? Qt::Checked : Qt::Unchecked);
        check->setEditable(false);
        check->setData(int(info.field), FieldRole);
        check->setData(info.code, Qt::AccessibleTextRole);
        auto *what = new QStandardItem(info.description);
        what->setEditable(false);
        m_model->appendRow({check, new QStandardItem(title), what});
    };
    QList<BankColumns::Field> listed;
    for (const BankColumns::Column &c : columns) {
        addRow(BankColumns::info(c.field), c.title, true);
        listed << c.field;
    }
    for (const BankColumns::FieldInfo &info : BankColumns::fields(m_bank))
        if (!listed.contains(info.field))
            addRow(info, capitalised(info.description), false);
    m_view->resizeColumnToContents(Included);
    m_view->setCurrentIndex(m_model->index(0, Included));
}

Result<QList<BankColumns::Column>> BankColumnsDialog::columns() const
{
    using R = Result<QList<BankColumns::Column>>;
    QList<BankColumns::Column> chosen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, Included)->checkState() != Qt::Checked)
            continue;
        const QString title = m_model->item(row, Title)->text().trimmed();
        if (title.isEmpty())
            return R::failure(tr("Строка %1 («%2»): у столбца нет заголовка.").arg(row + 1).arg(m_model->item(row, Field)->text()));
        chosen.append({BankColumns::Field(m_model->item(row, Included)->data(FieldRole).toInt()), title});
    }
    if (chosen.isEmpty())
        return R::failure(tr("Отметьте хотя бы один столбец."));
    return chosen;
}

void BankColumnsDialog::accept()
{
    const auto chosen = columns();
    if (!chosen) {
        QMessageBox::warning(this, windowTitle(), chosen.error());
        return;
    }
    QDialog::accept();
}

void BankColumnsDialog::move(int by)
{
    const int row = m_view->currentIndex().row(), to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    const int column = m_view->currentIndex().column();
    m_model->insertRow(to, m_model->takeRow(row));
    m_view->setCurrentIndex(m_model->index(to, column));
}

void BankColumnsDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Набор столбцов"), QString(), tr("Наборы столбцов JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("Не удалось открыть %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto loaded = BankColumns::parse(file.readAll(), m_bank);
    if (!loaded) {
        QMessageBox::warning(this, windowTitle(), tr("%1: %2").arg(path, loaded.error()));
        return;
    }
    setColumns(*loaded);
}

void BankColumnsDialog::saveFile()
{
    const auto chosen = columns();
    if (!chosen) {
        QMessageBox::warning(this, windowTitle(), chosen.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Набор столбцов"), BankColumns::bankCode(m_bank) + QStringLiteral(".json"),
                                                      tr("Наборы столбцов JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(BankColumns::toJson(*chosen, m_bank)) < 0 || !file.commit())
        QMessageBox::warning(this, windowTitle(), tr("Не удалось записать %1: %2").arg(path, file.errorString()));
}

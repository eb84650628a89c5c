#include "gui/RegistryView.h"

#include "ui_RegistryView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

RegistryView::RegistryView(const QString &title, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegistryView>()), m_model(new RegistryModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->sortByColumn(0, Qt::AscendingOrder);
    m_ui->tableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    // Fixed row heights: measuring 100,000 rows would cost more than the whole filter.
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // The clear button's icon is the style's, looked up in the desktop's icon theme: 4–5 ms of the
    // start on an X display, for a button that shows only once something is typed. Made then.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_ui->searchEdit, [edit = m_ui->searchEdit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &RegistryView::applyFilter);
    for (QComboBox *combo : {m_ui->categoryCombo, m_ui->classCombo, m_ui->statusCombo, m_ui->consentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistryView::applyFilter);
    connect(m_model, &RegistryModel::countsChanged, this, &RegistryView::updateCount);
    connect(m_ui->tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const RegistryRecord *r = m_model->recordAt(index.row()))
            emit activated(r->id);
    });
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryView::selectionChanged);
}

RegistryView::~RegistryView() = default;

void RegistryView::setLoading()
{
    m_loading = true;
    m_ui->countLabel->setText(tr("Загрузка…"));
}

void RegistryView::setTable(RegistryTable table)
{
    const qint64 current = m_pendingSelection ? m_pendingSelection : currentId();
    m_loading = false;
    m_pendingSelection = 0;
    m_model->setTable(std::move(table));
    fillFilterCombos();
    applyFilter();
    if (current)
        selectId(current);
    static const int widths[] = {260, 150, 150, 110, 80, 140, 180, 90};
    for (int c = 0; c < m_model->columnCount() - 1 && c < int(std::size(widths)); ++c)
        if (m_ui->tableView->columnWidth(c) < 40 || !property("sized").toBool())
            m_ui->tableView->setColumnWidth(c, widths[c]);
    setProperty("sized", true);
}

void RegistryView::fillFilterCombos()
{
    const RegistryTable &t = m_model->table();
    auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items) {
        const QSignalBlocker blocker(combo);
        const QVariant previous = combo->currentData();
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[code, label] : items)
            combo->addItem(label, code);
        combo->setCurrentIndex(std::max(0, combo->findData(previous)));
    };
    refill(m_ui->categoryCombo, tr("все"), t.categories);
    QList<QPair<QString, QString>> classes;
    for (const QString &c : t.classes)
        classes.append({c, c});
    refill(m_ui->classCombo, tr("все"), classes);
    refill(m_ui->statusCombo, tr("все"),
           {{Codes::code(RecordStatus::Active), Codes::label(RecordStatus::Active)},
            {Codes::code(RecordStatus::Archived), Codes::label(RecordStatus::Archived)}});
    QList<QPair<QString, QString>> consents;
    for (ConsentStatus s : {ConsentStatus::Valid, ConsentStatus::Missing, ConsentStatus::Expired, ConsentStatus::Withdrawn})
        consents.append({QString::number(int(s)), Codes::label(s)});
    refill(m_ui->consentCombo, tr("все"), consents);

    const bool hasClasses = !t.classes.isEmpty();
    m_ui->classLabel->setVisible(hasClasses);
    m_ui->classCombo->setVisible(hasClasses);
    m_ui->consentLabel->setVisible(t.consentColumn >= 0);
    m_ui->consentCombo->setVisible(t.consentColumn >= 0);
    m_ui->categoryLabel->setText(t.kind == RegistryKind::Partners ? tr("&Тип:") : tr("&Категория:"));
}

void RegistryView::applyFilter()
{
    RegistryFilter f;
    f.search = m_ui->searchEdit->text();
    f.category = m_ui->categoryCombo->currentData().toString();
    f.className = m_ui->classCombo->currentData().toString();
    const QString status = m_ui->statusCombo->currentData().toString();
    if (!status.isEmpty())
        f.status = Codes::recordStatus(status);
    const QString consent = m_ui->consentCombo->currentData().toString();
    if (!consent.isEmpty())
        f.consent = ConsentStatus(consent.toInt());
    m_model->setFilter(f);
}

void RegistryView::updateCount(int visible, int total)
{
    if (m_loading)
        return;
    m_ui->countLabel->setText(visible == total ? tr("Записей: %1").arg(total)
                                               : tr("Показано %1 из %2").arg(visible).arg(total));
}

QList<qint64> RegistryView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ui->tableView->selectionModel()->selectedRows())
        if (const RegistryRecord *r = m_model->recordAt(index.row()))
            ids << r->id;
    return ids;
}

qint64 RegistryView::currentId() const
{
    const RegistryRecord *r = m_model->recordAt(m_ui->tableView->currentIndex().row());
    return r ? r->id : 0;
}

void RegistryView::selectId(qint64 id)
{
    if (m_loading) {
        m_pendingSelection = id;
        return;
    }
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_ui->tableView->selectRow(row);
    m_ui->tableView->scrollTo(m_model->index(row, 0));
}

void RegistryView::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

#include "gui/RoadmapImportDialog.h"

#include "gui/RoadmapModel.h"
#include "services/RoadmapService.h"
#include "ui_RoadmapImportDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

namespace {
constexpr int kLongestColumnName = 40;
constexpr int kRowsSearchedForHeaders = 15;
const QString kMappings = QStringLiteral("roadmapImport/");
} // namespace

RoadmapImportDialog::RoadmapImportDialog(int startYear, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RoadmapImportDialog>()), m_year(startYear),
      m_model(new RoadmapModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Импорт дорожной карты в %1 учебный год").arg(m_year.title()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Импортировать"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoadmapImportDialog::accept);
    for (const RoadmapColumnRole &role : RoadmapTableImporter::roles()) {
        auto *box = new QComboBox(m_ui->mappingBox);
        const QString label = QCoreApplication::translate("RoadmapColumns", role.label);
        box->setObjectName(QStringLiteral("column_") + QLatin1String(role.code));
        box->setAccessibleName(label);
        m_ui->mappingLayout->addRow(label + QLatin1Char(':'), box);
        m_roles.insert(QLatin1String(role.code), box);
        connect(box, &QComboBox::currentIndexChanged, this, &RoadmapImportDialog::refresh);
    }
    // The boxes, made after the form, come right after the header row's.
    QWidget *previous = m_ui->headerRowSpin;
    for (const RoadmapColumnRole &role : RoadmapTableImporter::roles()) {
        setTabOrder(previous, m_roles.value(QLatin1String(role.code)));
        previous = m_roles.value(QLatin1String(role.code));
    }
    setTabOrder(previous, m_ui->previewView);
    connect(m_ui->headerRowSpin, &QSpinBox::valueChanged, this, [this] {
        fillColumnNames();
        refresh();
    });
    m_ui->previewView->setModel(m_model);
    m_ui->previewView->header()->setStretchLastSection(false);
    m_ui->previewView->setColumnWidth(RoadmapModel::ActivityCol, 380);
    for (int column : {RoadmapModel::LightCol, RoadmapModel::StatusCol, RoadmapModel::MetricCol, RoadmapModel::ActualCol,
                       RoadmapModel::EvidenceCol})
        m_ui->previewView->setColumnHidden(column, true); // nothing to say about activities not yet begun
}

RoadmapImportDialog::~RoadmapImportDialog() = default;

Status RoadmapImportDialog::setFile(const QString &path)
{
    const auto table = RoadmapService::readTable(path);
    if (!table)
        return Status::failure(table.error());
    m_table = table.value();
    m_ui->fileLabel->setText(tr("Файл: %1").arg(QFileInfo(path).fileName()));
    m_ui->fileLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    {
        const QSignalBlocker blocker(m_ui->headerRowSpin);
        m_ui->headerRowSpin->setRange(0, int(m_table.rows.size()));
    }
    // A mapping chosen before for a file with these headers wins over the recognised one; the headers
    // are looked for near the top, as the title above them may change from year to year.
    RoadmapColumns columns = m_table.columns;
    const QSettings settings;
    for (int row = 0; row < std::min<int>(kRowsSearchedForHeaders, int(m_table.rows.size())); ++row) {
        const auto remembered = RoadmapTableImporter::parseColumns(settings.value(kMappings + headersKey(row)).toString());
        if (remembered) {
            columns = remembered.value();
            columns.headerRow = row;
            break;
        }
    }
    setColumns(columns);
    return {};
}

void RoadmapImportDialog::setColumns(const RoadmapColumns &columns)
{
    {
        const QSignalBlocker blocker(m_ui->headerRowSpin);
        m_ui->headerRowSpin->setValue(columns.headerRow + 1);
    }
    fillColumnNames();
    for (const RoadmapColumnRole &role : RoadmapTableImporter::roles()) {
        QComboBox *box = m_roles.value(QLatin1String(role.code));
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(columns.*role.column)));
    }
    refresh();
}

RoadmapColumns RoadmapImportDialog::columns() const
{
    RoadmapColumns columns;
    columns.headerRow = m_ui->headerRowSpin->value() - 1;
    for (const RoadmapColumnRole &role : RoadmapTableImporter::roles())
        columns.*role.column = m_roles.value(QLatin1String(role.code))->currentData().toInt();
    return columns;
}

// Each column by its number and its header (or, without a header row, its first filled cell).
void RoadmapImportDialog::fillColumnNames()
{
    int width = 0;
    for (const QStringList &row : m_table.rows)
        width = std::max(width, int(row.size()));
    const int headerRow = m_ui->headerRowSpin->value() - 1;
    QStringList names;
    for (int column = 0; column < width; ++column) {
        QString name;
        for (int r = std::max(0, headerRow); r < m_table.rows.size() && name.isEmpty(); ++r)
            name = m_table.rows[r].value(column).simplified();
        if (name.size() > kLongestColumnName)
            name = name.left(kLongestColumnName - 1) + QChar(0x2026);
        names << tr("%1: %2").arg(column + 1).arg(name.isEmpty() ? tr("(пусто)") : name);
    }
    for (QComboBox *box : std::as_const(m_roles)) {
        const QSignalBlocker blocker(box);
        const int chosen = box->currentData().isValid() ? box->currentData().toInt() : -1;
        box->clear();
        box->addItem(tr("— нет —"), -1);
        for (int column = 0; column < width; ++column)
            box->addItem(names[column], column);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
}

void RoadmapImportDialog::refresh()
{
    auto imported = RoadmapTableImporter::import(m_table.rows, columns(), m_year);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (!imported) {
        m_preview.reset();
        m_model->setItems({}, m_year, QDate::currentDate());
        m_ui->summaryLabel->setText(imported.error());
        m_ui->warningsEdit->clear();
        m_ui->warningsEdit->hide();
        ok->setEnabled(false);
        return;
    }
    m_preview = imported.value();
    m_model->setItems(m_preview->items, m_year, QDate::currentDate());
    for (int row = 0; row < m_model->rowCount(); ++row) // a section's title across the whole row
        m_ui->previewView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_ui->previewView->expandAll();
    m_ui->summaryLabel->setText(
        m_preview->warnings.isEmpty()
            ? tr("Мероприятий в файле: %1; все сроки распознаны.").arg(m_preview->items.size())
            : tr("Мероприятий в файле: %1. Проверьте строки ниже (%2): нераспознанное сохранится как написано.")
                  .arg(m_preview->items.size())
                  .arg(m_preview->warnings.size()));
    m_ui->warningsEdit->setPlainText(m_preview->warnings.join(QLatin1Char('\n')));
    m_ui->warningsEdit->setVisible(!m_preview->warnings.isEmpty()); // an empty box looks like something failed to show
    ok->setEnabled(!m_preview->items.isEmpty());
}

// The same template of a roadmap comes back every year with the same headers.
QString RoadmapImportDialog::headersKey(int row) const
{
    const QStringList headers = m_table.rows.value(row);
    return QString::fromLatin1(
        QCryptographicHash::hash(headers.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

void RoadmapImportDialog::accept()
{
    if (!m_preview || m_preview->items.isEmpty())
        return;
    if (columns().headerRow >= 0) // without a header row there is nothing to know the file by next time
        QSettings().setValue(kMappings + headersKey(columns().headerRow), RoadmapTableImporter::columnsText(columns()));
    QDialog::accept();
}

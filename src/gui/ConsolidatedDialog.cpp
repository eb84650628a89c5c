#include "gui/ConsolidatedDialog.h"

#include "domain/AcademicYear.h"
#include "gui/FoldedSearchFilter.h"
#include "gui/LightColours.h"
#include "services/ExcelReports.h"
#include "storage/AcademicYearRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;  // the indicator's folded name, for the search
constexpr int kSortRole = Qt::UserRole + 2; // a share or a count as a number

QStandardItem *shareItem(int count, int denominator, const std::optional<double> &percent)
{
    auto *item = new QStandardItem(percent ? ConsolidatedDialog::tr("%1 (%2 из %3)").arg(shareText(percent)).arg(count).arg(denominator)
                                           : shareText(percent));
    item->setData(percent ? QVariant(*percent) : QVariant(-1.0), kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *countItem(int count)
{
    auto *item = new QStandardItem(QString::number(count));
    item->setData(count, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *labelItem(const QString &text, bool section = false)
{
    auto *item = new QStandardItem(text);
    item->setToolTip(text);
    item->setData(TextFold::fold(text), kKeyRole);
    item->setData(text, kSortRole);
    if (section) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}
}

ConsolidatedDialog::ConsolidatedDialog(DatabasePtr db, QWidget *parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Сводка по школам"));
    resize(1280, 720);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Учебный год"));
    QList<int> years{AcademicYear::containing(QDate::currentDate()).startYear()};
    for (const AcademicYear &y : AcademicYearRepository(m_db->connection()).list())
        if (!years.contains(y.startYear()))
            years << y.startYear();
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int y : std::as_const(years))
        m_year->addItem(AcademicYear(y).title(), y);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Найти показатель…"));
    m_search->setAccessibleName(tr("Поиск показателя"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_model = new QStandardItemModel(this);
    m_filter = new FoldedSearchFilter(kKeyRole, this);
    m_filter->setSourceModel(m_model);
    m_view = makeTable(m_filter, tr("Показатели школ"));
    m_roadmapModel = new QStandardItemModel(this);
    m_roadmapFilter = new FoldedSearchFilter(kKeyRole, this);
    m_roadmapFilter->setSourceModel(m_roadmapModel);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Разделы сводки"));
    m_tabs->addTab(m_view, tr("&Показатели и статистика"));
    m_tabs->addTab(makeTable(m_roadmapFilter, tr("Дорожные карты")), tr("&Дорожные карты"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *excel = buttons->addButton(tr("В &Excel…"), QDialogButtonBox::ActionRole);
    excel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    excel->setToolTip(tr("Итог, школы рядом и лист на каждую школу (Ctrl+E)"));
    connect(excel, &QPushButton::clicked, this, &ConsolidatedDialog::exportToExcel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Учебный &год:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setTabOrder(m_year, m_search);
    setTabOrder(m_search, m_tabs);

    connect(m_year, &QComboBox::currentIndexChanged, this, &ConsolidatedDialog::recompute);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FoldedSearchFilter::setText);
    connect(m_search, &QLineEdit::textChanged, m_roadmapFilter, &FoldedSearchFilter::setText);
    new QShortcut(QKeySequence::Find, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    recompute();
}

ConsolidatedDialog::~ConsolidatedDialog() = default;

QTableView *ConsolidatedDialog::makeTable(FoldedSearchFilter *filter, const QString &name)
{
    filter->setSortRole(kSortRole);
    auto *view = new QTableView(this);
    view->setModel(filter);
    view->setSortingEnabled(true);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the report's own order first
    return view;
}

void ConsolidatedDialog::setYear(int startYear)
{
    const int index = m_year->findData(startYear);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void ConsolidatedDialog::recompute()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto computed = ConsolidationService(m_db).compute(m_year->currentData().toInt());
    QGuiApplication::restoreOverrideCursor();
    m_data.reset();
    if (!computed) {
        m_model->clear();
        m_roadmapModel->clear();
        m_summary->setText(computed.error());
        return;
    }
    m_data = *computed;
    fill();
    fillRoadmaps();
}

void ConsolidatedDialog::fillRoadmaps()
{
    m_roadmapModel->clear();
    m_roadmapModel->setHorizontalHeaderLabels({tr("Мероприятие"), tr("Школа"), tr("№"), tr("Раздел"), tr("Срок"),
                                               tr("Ответственные"), tr("Состояние")});
    const QDate today = QDate::currentDate();
    for (const SchoolRoadmap &r : m_data->roadmaps)
        for (const RoadmapItem &item : r.items) {
            const RoadmapLight light = item.lightOn(today);
            QList<QStandardItem *> row{labelItem(item.activity)};
            // The search finds a school's or an owner's activities as well as an activity by its words.
            row[0]->setData(TextFold::fold(item.activity + QLatin1Char(' ') + r.name + QLatin1Char(' ') + item.owners), kKeyRole);
            for (const QString &text : {r.name, item.number, item.section, item.deadline.text, item.owners})
                row << labelItem(text);
            row[4]->setData(item.deadline.to, kSortRole);
            auto *state = new QStandardItem(RoadmapCodes::label(light));
            state->setData(int(light), kSortRole);
            state->setBackground(paleLightColour(light));
            row << state;
            m_roadmapModel->appendRow(row);
        }
}

void ConsolidatedDialog::fill()
{
    m_model->clear();
    QStringList headers{tr("Показатель")};
    for (const SchoolFigures &s : m_data->schools)
        headers << s.name;
    headers << m_data->total.name;
    m_model->setHorizontalHeaderLabels(headers);
    QList<const SchoolFigures *> columns;
    for (const SchoolFigures &s : m_data->schools)
        columns << &s;
    columns << &m_data->total;

    for (int k = 0; k < m_data->total.kpis.size(); ++k) {
        QList<QStandardItem *> row{labelItem(m_data->total.kpis[k].definition.name)};
        for (const SchoolFigures *f : std::as_const(columns)) {
            const Kpi::Value &v = f->kpis.value(k).value;
            row << shareItem(v.numerator, v.denominator, v.percent());
        }
        m_model->appendRow(row);
    }
    QString section;
    for (int i = 0; i < m_data->total.stats.size(); ++i) {
        const StatsTemplate::Figure &figure = m_data->total.stats[i];
        if (figure.section)
            section = figure.label.section(QLatin1String(". "), -1);
        // A line of a section («обучающиеся» of «1. Наставляемые») keeps its section's name, so that
        // it still reads right when the table is sorted by a school or searched.
        const bool subLine = !figure.section && !section.isEmpty() && figure.label.at(0).isLower();
        QList<QStandardItem *> row{labelItem(subLine ? tr("%1 — %2").arg(section, figure.label) : figure.label, figure.section)};
        for (const SchoolFigures *f : std::as_const(columns)) {
            const StatsTemplate::Figure s = f->stats.value(i);
            row << (figure.section ? new QStandardItem : figure.share ? shareItem(s.count, s.denominator, s.percent) : countItem(s.count));
        }
        m_model->appendRow(row);
    }
    // The total stands out; the indicators' names take what the schools leave (whole in their tips).
    const int totalColumn = m_model->columnCount() - 1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (QStandardItem *item = m_model->item(r, totalColumn)) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    // The indicator's name takes the width left: two of them differ only at their end.
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setText(tr("Школ на сервере: %1; период с %2 по %3. Доли итога посчитаны из сложенных чисел школ, а не как "
                          "среднее их долей.")
                           .arg(m_data->schools.size())
                           .arg(m_data->period.from.toString(QStringLiteral("dd.MM.yyyy")),
                                m_data->period.to.toString(QStringLiteral("dd.MM.yyyy"))));
}

Status ConsolidatedDialog::exportTo(const QString &path) const
{
    if (!m_data)
        return Status::failure(tr("Сводка не построена."));
    return ExcelReports::consolidated(*m_data, QDate::currentDate(), path);
}

void ConsolidatedDialog::exportToExcel()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Сохранить сводку"),
                                                      tr("Сводка по школам %1.xlsx").arg(m_year->currentText()),
                                                      tr("Книга Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(path); !s)
        QMessageBox::warning(this, windowTitle(), s.error());
}

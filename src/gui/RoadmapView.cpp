#include "gui/RoadmapView.h"

#include "gui/KpiNames.h"
#include "gui/TimelineView.h"
#include "ui_RoadmapView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace {
// What the «Показать» filter offers.
enum class Show { All, Overdue, ThisMonth, AtRisk, Unscheduled, Done };

// Only activities decide; a section shows when one of its activities does (recursive filtering).
class RoadmapFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    Show show = Show::All;
    int status = -1;
    QString owner;
    QDate today;

    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!parent.isValid())
            return false;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const auto light = RoadmapLight(i.data(RoadmapModel::LightRole).toInt());
        if (status >= 0 && i.data(RoadmapModel::StatusRole).toInt() != status)
            return false;
        if (!owner.isEmpty() && !i.data(RoadmapModel::OwnersRole).toString().contains(owner, Qt::CaseInsensitive))
            return false;
        switch (show) {
        case Show::All: return true;
        case Show::Overdue: return light == RoadmapLight::Overdue;
        case Show::AtRisk: return light == RoadmapLight::AtRisk;
        case Show::Unscheduled: return light == RoadmapLight::Unscheduled;
        case Show::Done: return light == RoadmapLight::Done;
        case Show::ThisMonth: {
            const QDate first(today.year(), today.month(), 1), last = first.addMonths(1).addDays(-1);
            const QDate from = i.data(RoadmapModel::FromRole).toDate(), to = i.data(RoadmapModel::ToRole).toDate();
            return from.isValid() && from <= last && to >= first;
        }
        }
        return true;
    }
};

// Status and the linked metric are chosen from a list, not typed.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == RoadmapModel::StatusCol) {
            auto *combo = new QComboBox(parent);
            for (RoadmapStatus s : {RoadmapStatus::Planned, RoadmapStatus::InProgress, RoadmapStatus::Done,
                                    RoadmapStatus::Cancelled})
                combo->addItem(RoadmapCodes::label(s), int(s));
            return combo;
        }
        if (index.column() == RoadmapModel::MetricCol) {
            auto *combo = new QComboBox(parent);
            for (const QString &code : Kpi::defaultCodes())
                combo->addItem(kpiShortName(code), code);
            combo->insertItem(0, RoadmapModel::tr("вручную"), QString());
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};
}

RoadmapView::RoadmapView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RoadmapView>()), m_model(new RoadmapModel(this)),
      m_proxy(new RoadmapFilter(this)), m_timeline(new TimelineView)
{
    m_ui->setupUi(this);
    m_ui->timelineScroll->setWidget(m_timeline);
    // The table or the timeline, as the curator left it.
    m_ui->viewTabs->setCurrentIndex(QSettings().value(QStringLiteral("roadmap/tab"), 0).toInt());
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this,
            [](int tab) { QSettings().setValue(QStringLiteral("roadmap/tab"), tab); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_ui->treeView->setModel(m_proxy);
    m_ui->treeView->setItemDelegate(new StatusDelegate(this));
    m_ui->treeView->header()->setStretchLastSection(true);
    m_ui->treeView->setWordWrap(false);

    const QList<QPair<QString, Show>> shows = {{tr("все"), Show::All}, {tr("просроченные"), Show::Overdue},
                                               {tr("в этом месяце"), Show::ThisMonth}, {tr("под угрозой"), Show::AtRisk},
                                               {tr("без срока"), Show::Unscheduled}, {tr("выполненные"), Show::Done}};
    for (const auto &[label, show] : shows)
        m_ui->showCombo->addItem(label, int(show));
    m_ui->statusCombo->addItem(tr("все"), -1);
    for (RoadmapStatus s : {RoadmapStatus::Planned, RoadmapStatus::InProgress, RoadmapStatus::Done, RoadmapStatus::Cancelled})
        m_ui->statusCombo->addItem(RoadmapCodes::label(s), int(s));

    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this, &RoadmapView::applyFilter);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &RoadmapView::applyFilter);
    connect(m_ui->ownerEdit, &QLineEdit::textChanged, this, &RoadmapView::applyFilter);
    connect(m_ui->templateButton, &QPushButton::clicked, this, &RoadmapView::templateRequested);
    connect(m_ui->importButton, &QPushButton::clicked, this, &RoadmapView::importRequested);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoadmapView::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RoadmapView::updateTimeline);
}

RoadmapView::~RoadmapView() = default;

void RoadmapView::setItems(const QList<RoadmapItem> &items, const AcademicYear &year, const QDate &today,
                           const QMap<QString, std::optional<double>> &metrics)
{
    m_today = today;
    m_year = year;
    m_ui->titleLabel->setText(tr("Дорожная карта %1").arg(year.title()));
    m_model->setItems(items, year, today, metrics);
    applyFilter();
    static const int widths[] = {95, 340, 140, 170, 100, 110, 200, 200, 160, 170, 80};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_ui->treeView->setColumnWidth(c, widths[c]);
    updateSummary();
}

void RoadmapView::applyFilter()
{
    auto *filter = static_cast<RoadmapFilter *>(m_proxy);
    filter->show = Show(m_ui->showCombo->currentData().toInt());
    filter->status = m_ui->statusCombo->currentData().toInt();
    filter->owner = m_ui->ownerEdit->text().trimmed();
    filter->today = m_today;
    filter->refresh();
    // Section rows carry their title across the whole width.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_ui->treeView->setFirstColumnSpanned(row, QModelIndex(), true);
    m_ui->treeView->expandAll();
    updateTimeline();
}

// The timeline shows what the table shows: the same filter, sections as headings.
void RoadmapView::updateTimeline()
{
    QList<RoadmapItem> rows;
    for (int s = 0; s < m_proxy->rowCount(); ++s) {
        const QModelIndex section = m_proxy->index(s, 0);
        RoadmapItem heading;
        heading.section = section.data().toString();
        rows << heading;
        for (int r = 0; r < m_proxy->rowCount(section); ++r)
            if (const RoadmapItem *item = m_model->itemAt(m_proxy->mapToSource(m_proxy->index(r, 0, section))))
                rows << *item;
    }
    m_timeline->setRows(rows, m_year, m_today);
}

int RoadmapView::visibleActivities() const
{
    int count = 0;
    for (int s = 0; s < m_proxy->rowCount(); ++s)
        count += m_proxy->rowCount(m_proxy->index(s, 0));
    return count;
}

// The traffic light of the whole roadmap, under the table.
void RoadmapView::updateSummary()
{
    const QList<RoadmapItem> items = m_model->items();
    if (items.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Дорожной карты на этот учебный год нет: создайте её из шаблона или "
                                       "импортируйте из файла."));
        return;
    }
    QMap<RoadmapLight, int> counts;
    for (const RoadmapItem &item : items)
        ++counts[item.lightOn(m_today)];
    QStringList parts;
    for (RoadmapLight l : {RoadmapLight::Done, RoadmapLight::OnTrack, RoadmapLight::AtRisk, RoadmapLight::Overdue,
                           RoadmapLight::Unscheduled})
        parts << QStringLiteral("%1: %2").arg(RoadmapCodes::label(l)).arg(counts.value(l));
    m_ui->summaryLabel->setText(tr("Мероприятий: %1 — %2").arg(items.size()).arg(parts.join(QStringLiteral(" · "))));
}

#include "gui/RegistryModel.h"

#include "domain/TextFold.h"
#include "gui/LightColours.h"
#include "services/TwoHalves.h"

#include <QBrush>
#include <QColor>
#include <QFont>

void RegistryModel::setTable(RegistryTable table)
{
    beginResetModel();
    m_table = std::move(table);
    if (m_table.sortColumn != m_sortColumn || m_table.sortOrder != m_sortOrder)
        sortTable(m_table, m_sortColumn, m_sortOrder);
    else
        layOutSearchText(m_table); // a table made by hand, not by sortTable
    computeVisible();
    endResetModel();
    emit countsChanged(int(m_visible.size()), totalCount());
}

// True when every row that passes `next` also passes `previous`: the same choices, and a search
// that only extends the previous text (each old word is then part of a new word).
static bool narrows(const RegistryFilter &previous, const RegistryFilter &next)
{
    return previous.category == next.category && previous.className == next.className
           && previous.status == next.status && previous.consent == next.consent
           && TextFold::fold(next.search).startsWith(TextFold::fold(previous.search));
}

void RegistryModel::setFilter(const RegistryFilter &filter)
{
    beginResetModel();
    const bool onlyVisible = narrows(m_filter, filter);
    m_filter = filter;
    computeVisible(onlyVisible);
    endResetModel();
    emit countsChanged(int(m_visible.size()), totalCount());
}

void RegistryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        ids.push_back(recordAt(index.row()) ? recordAt(index.row())->id : 0);
    m_sortColumn = column;
    m_sortOrder = order;
    sortTable(m_table, column, order);
    computeVisible();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfId(ids[size_t(i)]), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

namespace {
// The positions [0, count) of a list that pass (`check(from, to)`: those of [from, to), in order).
template<typename Check>
std::vector<int> passingInHalves(size_t count, const Check &check)
{
    std::vector<int> lower, upper;
    inTwoHalves(count, [&](size_t from, size_t to) { (from == 0 ? lower : upper) = check(from, to); }); // from 0: lower
    lower.insert(lower.end(), upper.begin(), upper.end());
    return lower;
}
} // namespace

void RegistryModel::computeVisible(bool onlyVisible)
{
    const RegistryMatcher matcher(m_filter);
    if (onlyVisible) {
        const std::vector<int> candidates = std::move(m_visible);
        m_visible = passingInHalves(candidates.size(),
                                    [&](size_t from, size_t to) { return matcher.passing(m_table, candidates, from, to); });
    } else {
        m_visible = passingInHalves(m_table.records.size(),
                                    [&](size_t from, size_t to) { return matcher.passing(m_table, from, to); });
    }
}

const RegistryRecord *RegistryModel::recordAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_table.records[size_t(m_visible[size_t(row)])];
}

int RegistryModel::rowOfId(qint64 id) const
{
    for (size_t row = 0; row < m_visible.size(); ++row)
        if (m_table.records[size_t(m_visible[row])].id == id)
            return int(row);
    return -1;
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

static QVariant consentBackground(ConsentStatus status)
{
    switch (status) {
    // The roadmap's lights in their pale shades: valid as done, expired as at risk, none as overdue.
    case ConsentStatus::Valid: return QBrush(paleLightColour(RoadmapLight::Done));
    case ConsentStatus::Expired: return QBrush(paleLightColour(RoadmapLight::AtRisk));
    case ConsentStatus::Missing:
    case ConsentStatus::Withdrawn: return QBrush(paleLightColour(RoadmapLight::Overdue));
    }
    return {};
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    const RegistryRecord *record = recordAt(index.row());
    if (!record || index.column() >= record->cells.size())
        return {};
    const QVariant &cell = record->cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.typeId() == QMetaType::QDate ? QVariant(cell.toDate().toString(QStringLiteral("dd.MM.yyyy"))) : cell;
    case Qt::UserRole:
        return record->id;
    case Qt::TextAlignmentRole:
        return m_table.columns[index.column()].type == RegistryColumn::Type::Text
                   ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return index.column() == m_table.consentColumn ? consentBackground(record->consent) : QVariant();
    case Qt::ForegroundRole:
        return record->status == RecordStatus::Archived ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (record->status == RecordStatus::Archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columns[section].title;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

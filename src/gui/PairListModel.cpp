#include "gui/PairListModel.h"

#include "domain/PersonValidator.h"
#include "domain/TextFold.h"
#include "gui/LightColours.h"

#include <QBrush>

void PairListModel::setRows(const QList<PairRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_searchKeys.clear();
    for (const PairRow &r : m_rows)
        m_searchKeys << TextFold::fold(r.pair.mentors.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.pair.mentees.join(QLatin1Char(' ')));
    endResetModel();
}

const PairRow *PairListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PairListModel::rowOf(qint64 pairId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).pair.id == pairId)
            return i;
    return -1;
}

QVariant PairListModel::data(const QModelIndex &index, int role) const
{
    const PairRow *r = rowAt(index.row());
    if (!r)
        return {};
    const PairOverview &p = r->pair;
    const int percent = p.planItems ? (100 * p.planDone + p.planItems / 2) / p.planItems : -1;
    switch (role) {
    case SearchRole: return m_searchKeys.value(index.row());
    case NeedsAttentionRole: return !r->attention.isEmpty();
    case StatusRole: return int(p.status);
    case IdRole: return p.id;
    case Qt::ToolTipRole:
        return r->attention.isEmpty() ? QVariant() : QVariant(r->attention.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return index.column() == Attention && !r->attention.isEmpty() ? QBrush(paleLightColour(RoadmapLight::AtRisk)) : QVariant();
    case Qt::EditRole: // what the columns sort by
        switch (index.column()) {
        case Number: return p.id;
        case Started: return p.startedOn;
        case Ends: return p.endedOn.isValid() ? p.endedOn : p.plannedEndOn;
        case Meetings: return p.meetingsHeld;
        case LastMeeting: return p.lastHeld;
        case Plan: return percent;
        case Attention: return int(r->attention.size());
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return p.isGroup ? tr("%1 (группа)").arg(p.id) : QString::number(p.id);
        case Mentors: return p.mentors.join(QLatin1String(", "));
        case Mentees: return p.mentees.join(QLatin1String(", "));
        case Form: return p.form;
        case Status: return Codes::label(p.status);
        case Started: return PersonValidator::russianDate(p.startedOn);
        case Ends: return PersonValidator::russianDate(p.endedOn.isValid() ? p.endedOn : p.plannedEndOn);
        case Order: return p.orderNumber.isEmpty() ? QString() : tr("№ %1 от %2").arg(p.orderNumber, PersonValidator::russianDate(p.orderDate));
        case Meetings: return p.meetingsHeld;
        case LastMeeting: return PersonValidator::russianDate(p.lastHeld);
        case Plan: return percent < 0 ? tr("нет плана") : tr("%1 % (%2/%3)").arg(percent).arg(p.planDone).arg(p.planItems);
        case Attention: return r->attention.join(QLatin1String("; "));
        }
    }
    return {};
}

QVariant PairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("№");
    case Mentors: return tr("Наставник");
    case Mentees: return tr("Наставляемые");
    case Form: return tr("Форма");
    case Status: return tr("Статус");
    case Started: return tr("Начало");
    case Ends: return tr("Окончание");
    case Order: return tr("Приказ");
    case Meetings: return tr("Встреч");
    case LastMeeting: return tr("Последняя встреча");
    case Plan: return tr("План");
    case Attention: return tr("Требует внимания");
    }
    return {};
}

void PairFilterModel::setSearch(const QString &text)
{
    m_search = TextFold::fold(text.simplified());
    invalidateFilter();
}

void PairFilterModel::setStatus(std::optional<PairStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void PairFilterModel::setAttentionOnly(bool only)
{
    m_attentionOnly = only;
    invalidateFilter();
}

bool PairFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_attentionOnly && !index.data(PairListModel::NeedsAttentionRole).toBool())
        return false;
    if (m_status && index.data(PairListModel::StatusRole).toInt() != int(*m_status))
        return false;
    return m_search.isEmpty() || index.data(PairListModel::SearchRole).toString().contains(m_search);
}

#include "gui/RoadmapModel.h"

#include "gui/KpiNames.h"
#include "gui/LightColours.h"
#include "services/KpiService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
// Top-level rows carry no id; an activity's index carries its section's number + 1.
constexpr quintptr kSectionRow = 0;

QString period(const Deadline &d)
{
    if (!d.isRecognised())
        return d.text.isEmpty() ? QString() : RoadmapModel::tr("не распознан");
    const QString format = QStringLiteral("dd.MM.yyyy");
    return d.from == d.to ? d.to.toString(format)
                          : QStringLiteral("%1 – %2").arg(d.from.toString(format), d.to.toString(format));
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}
}

void RoadmapModel::setItems(const QList<RoadmapItem> &items, const AcademicYear &year, const QDate &today,
                            const QMap<QString, std::optional<double>> &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    m_sections.clear();
    m_year = year;
    m_today = today;
    for (const RoadmapItem &item : items) {
        if (m_sections.isEmpty() || m_sections.last().title != item.section)
            m_sections.append({item.section, {}});
        m_sections.last().items.append(item);
    }
    endResetModel();
}

QStringList RoadmapModel::metricCodes() const
{
    return QStringList{QString()} + Kpi::defaultCodes();
}

const RoadmapItem *RoadmapModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow)
        return nullptr;
    const Section &s = m_sections[int(index.internalId() - 1)];
    return index.row() < s.items.size() ? &s.items[index.row()] : nullptr;
}

QList<RoadmapItem> RoadmapModel::items() const
{
    QList<RoadmapItem> all;
    for (const Section &s : m_sections)
        all += s.items;
    return all;
}

QModelIndex RoadmapModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || row >= m_sections[parent.row()].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RoadmapModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int RoadmapModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == kSectionRow && parent.column() == 0)
        return int(m_sections[parent.row()].items.size());
    return 0;
}

int RoadmapModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoadmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionRow) {
        const Section &s = m_sections[index.row()];
        if (role == Qt::DisplayRole && index.column() == NumberCol)
            return s.title.isEmpty() ? tr("Без раздела") : s.title;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const RoadmapItem *item = itemAt(index);
    return item ? itemData(*item, index.column(), role) : QVariant();
}

QVariant RoadmapModel::itemData(const RoadmapItem &item, int column, int role) const
{
    const RoadmapLight light = item.lightOn(m_today);
    switch (role) {
    case LightRole: return int(light);
    case StatusRole: return int(item.status);
    case OwnersRole: return item.owners;
    case FromRole: return item.deadline.from;
    case ToRole: return item.deadline.to;
    case Qt::BackgroundRole:
        return column == LightCol || column == StatusCol ? QVariant(QBrush(paleLightColour(light))) : QVariant();
    case Qt::ToolTipRole:
        if (column == DeadlineCol && !item.deadline.text.isEmpty() && !item.deadline.isRecognised())
            return tr("Срок не распознан: уточните его (например, «до 15.10.2024», «октябрь», «ежеквартально»).");
        if (column == ActualCol && !item.kpiCode.isEmpty())
            return tr("Факт считается по данным: «%1».").arg(kpiShortName(item.kpiCode));
        if (column == ActivityCol || column == ResultCol || column == KpiCol || column == OwnersCol
            || column == EvidenceCol)
            return itemData(item, column, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        return column == DeadlineCol && !item.deadline.text.isEmpty() && !item.deadline.isRecognised()
                   ? QVariant(QBrush(warningTextColour())) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NumberCol: return item.number;
    case ActivityCol: return item.activity;
    case DeadlineCol: return item.deadline.text;
    case PeriodCol: return period(item.deadline);
    case OwnersCol: return item.owners;
    case ResultCol: return item.expectedResult;
    case KpiCol: return item.kpi.text;
    case MetricCol:
        if (role == Qt::EditRole)
            return item.kpiCode;
        return item.kpiCode.isEmpty() ? tr("вручную") : kpiShortName(item.kpiCode);
    case ActualCol:
        if (!item.kpiCode.isEmpty())
            return shareText(m_metrics.value(item.kpiCode));
        return item.kpiActualManual ? QVariant(role == Qt::EditRole ? QVariant(*item.kpiActualManual)
                                                                    : QVariant(number(*item.kpiActualManual)))
                                    : QVariant();
    case EvidenceCol: return item.evidence;
    case StatusCol: return role == Qt::EditRole ? QVariant(int(item.status)) : QVariant(RoadmapCodes::label(item.status));
    case LightCol: return RoadmapCodes::label(light);
    }
    return {};
}

bool RoadmapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const RoadmapItem *before = itemAt(index);
    if (!before || role != Qt::EditRole)
        return false;
    RoadmapItem after = *before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ActivityCol:
        if (text.isEmpty())
            return false;
        after.activity = text;
        break;
    case DeadlineCol: after.deadline = DeadlineParser::parse(text, m_year); break;
    case OwnersCol: after.owners = text; break;
    case ResultCol: after.expectedResult = text; break;
    case KpiCol: after.kpi = RoadmapCodes::parseKpi(text); break;
    case ActualCol: {
        if (!before->kpiCode.isEmpty())
            return false; // computed from the data
        bool ok = true;
        const double v = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!text.isEmpty() && !ok)
            return false;
        after.kpiActualManual = text.isEmpty() ? std::nullopt : std::optional<double>(v);
        break;
    }
    case StatusCol: after.status = RoadmapStatus(value.toInt()); break;
    case MetricCol:
        if (!metricCodes().contains(value.toString()))
            return false;
        after.kpiCode = value.toString();
        break;
    case EvidenceCol: after.evidence = text; break;
    default: return false;
    }
    if (m_commit && !m_commit(*before, after))
        return false;
    m_sections[int(index.internalId() - 1)].items[index.row()] = after;
    emit dataChanged(this->index(index.row(), 0, index.parent()), this->index(index.row(), ColumnCount - 1, index.parent()));
    return true;
}

Qt::ItemFlags RoadmapModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kSectionRow && index.column() != NumberCol && index.column() != PeriodCol
        && index.column() != LightCol
        && !(index.column() == ActualCol && itemAt(index) && !itemAt(index)->kpiCode.isEmpty()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberCol: return tr("№ / раздел");
    case ActivityCol: return tr("Мероприятие");
    case DeadlineCol: return tr("Срок (как написан)");
    case PeriodCol: return tr("Период");
    case OwnersCol: return tr("Ответственные");
    case ResultCol: return tr("Ожидаемый результат");
    case KpiCol: return tr("Показатель");
    case MetricCol: return tr("Считается по");
    case EvidenceCol: return tr("Подтверждение");
    case ActualCol: return tr("Факт");
    case StatusCol: return tr("Отметка исполнения"); // set by hand, beside the light the deadline gives
    case LightCol: return tr("Состояние");
    }
    return {};
}

#include "gui/PairWorkModels.h"

#include "domain/PairWork.h"
#include "domain/PersonValidator.h"
#include "gui/LightColours.h"

#include <QBrush>

namespace {

// An empty cell clears the date; anything else must be a real date.
std::optional<QDate> typedDate(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDate();
    return PersonValidator::parseRussianDate(text);
}
} // namespace

void PlanItemModel::setPlan(const IndividualPlan &plan, const QDate &today)
{
    beginResetModel();
    m_plan = plan;
    m_today = today;
    endResetModel();
}

QVariant PlanItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.items.size())
        return {};
    const PlanItem &item = m_plan.items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Done)
        return item.done ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::BackgroundRole && PairWork::isOverdue(item, m_today))
        return QBrush(paleLightColour(RoadmapLight::Overdue));
    if (role == Qt::ToolTipRole && PairWork::isOverdue(item, m_today))
        return tr("Просрочено: срок %1").arg(PersonValidator::russianDate(item.deadline));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Section: return item.section;
    case Activity: return item.activity;
    case Deadline: return PersonValidator::russianDate(item.deadline);
    case Expected: return item.expectedResult;
    case Done: return role == Qt::DisplayRole ? (item.done ? tr("выполнено") : QString()) : QVariant();
    case DoneOn: return PersonValidator::russianDate(item.doneOn);
    case Comment: return item.comment;
    }
    return {};
}

bool PlanItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_plan.items.size())
        return false;
    IndividualPlan after = m_plan;
    PlanItem &item = after.items[index.row()];
    if (index.column() == Done && role == Qt::CheckStateRole) {
        item.done = value.toInt() == Qt::Checked;
        item.doneOn = item.done ? (item.doneOn.isValid() ? item.doneOn : m_today) : QDate();
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Deadline || index.column() == DoneOn) {
        const auto date = typedDate(value);
        if (!date) {
            emit editRefused(tr("«%1» — не дата: нужна дата вида дд.мм.гггг.").arg(value.toString()));
            return false;
        }
        (index.column() == Deadline ? item.deadline : item.doneOn) = *date;
        if (index.column() == DoneOn)
            item.done = date->isValid();
    } else {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case Section: item.section = text; break;
        case Activity:
            if (text.isEmpty()) {
                emit editRefused(tr("Мероприятие пункта плана не может быть пустым."));
                return false;
            }
            item.activity = text;
            break;
        case Expected: item.expectedResult = text; break;
        case Comment: item.comment = text; break;
        default: return false;
        }
    }
    emit planEdited(after);
    return true;
}

Qt::ItemFlags PlanItemModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == Done ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

QVariant PlanItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section: return tr("Раздел / задача");
    case Activity: return tr("Мероприятие");
    case Deadline: return tr("Срок");
    case Expected: return tr("Ожидаемый результат");
    case Done: return tr("Выполнено");
    case DoneOn: return tr("Дата");
    case Comment: return tr("Комментарий");
    }
    return {};
}

void MeetingModel::setMeetings(const QList<Meeting> &meetings, const QDate &today)
{
    beginResetModel();
    m_meetings = meetings;
    m_today = today;
    endResetModel();
}

QVariant MeetingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const Meeting &m = m_meetings.at(index.row());
    const bool missed = !m.held() && m.plannedOn.isValid() && m.plannedOn < m_today;
    if (role == Qt::BackgroundRole && missed)
        return QBrush(paleLightColour(RoadmapLight::AtRisk));
    if (role == Qt::ToolTipRole && missed)
        return tr("Запланирована на %1 и не отмечена состоявшейся").arg(PersonValidator::russianDate(m.plannedOn));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Kind: return role == Qt::EditRole ? m.kind : PairWork::meetingKindTitle(m.kind);
    case Planned: return PersonValidator::russianDate(m.plannedOn);
    case Held: return PersonValidator::russianDate(m.heldOn);
    case Present: return PairWork::attendanceText(m);
    case Minutes: return m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant();
    case Topic: return m.topic;
    case Outcome: return m.outcome;
    case Next: return PersonValidator::russianDate(m.nextOn);
    }
    return {};
}

bool MeetingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_meetings.size() || role != Qt::EditRole)
        return false;
    const Meeting before = m_meetings.at(index.row());
    Meeting after = before;
    switch (index.column()) {
    case Planned:
    case Held:
    case Next: {
        const auto date = typedDate(value);
        if (!date) {
            emit editRefused(tr("«%1» — не дата: нужна дата вида дд.мм.гггг.").arg(value.toString()));
            return false;
        }
        (index.column() == Planned ? after.plannedOn : index.column() == Held ? after.heldOn : after.nextOn) = *date;
        break;
    }
    case Minutes: {
        bool ok = false;
        const int minutes = value.toString().trimmed().isEmpty() ? 0 : value.toString().toInt(&ok);
        if (!ok && !value.toString().trimmed().isEmpty()) {
            emit editRefused(tr("Продолжительность — число минут."));
            return false;
        }
        after.durationMinutes = minutes;
        break;
    }
    case Topic: after.topic = value.toString().trimmed(); break;
    case Outcome: after.outcome = value.toString().trimmed(); break;
    default: return false;
    }
    emit meetingEdited(before, after);
    return true;
}

Qt::ItemFlags MeetingModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == Kind || index.column() == Present ? base : base | Qt::ItemIsEditable; // attendance: its own dialog
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Встреча");
    case Planned: return tr("План");
    case Held: return tr("Состоялась");
    case Present: return tr("Присутствовали");
    case Minutes: return tr("Мин.");
    case Topic: return tr("Тема");
    case Outcome: return tr("Итог");
    case Next: return tr("Следующая");
    }
    return {};
}

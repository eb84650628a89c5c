#include "gui/MatchProposalModel.h"
#include "gui/SvgIcon.h"

#include "gui/LightColours.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

void MatchProposalModel::setResult(const MatchResult &result)
{
    beginResetModel();
    m_result = result;
    m_changes.clear();
    for (const MatchChange &c : result.changes)
        m_changes.insert(c.menteeId, c);
    endResetModel();
}

MatchLink MatchProposalModel::linkAt(int row) const
{
    if (row < m_result.pairs.size())
        return {m_result.pairs.at(row).menteeId, m_result.pairs.at(row).mentorId};
    return {m_result.unmatched.value(row - int(m_result.pairs.size())).menteeId, 0};
}

int MatchProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.pairs.size() + m_result.unmatched.size());
}

int MatchProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MatchProposalModel::changeText(qint64 menteeId) const
{
    const auto it = m_changes.constFind(menteeId);
    if (it == m_changes.cend())
        return {};
    if (it->mentorBefore == 0)
        return tr("новая пара");
    return tr("было: %1").arg(m_result.names.value(it->mentorBefore, tr("без пары")));
}

QVariant MatchProposalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const bool paired = row < m_result.pairs.size();
    const MatchLink link = linkAt(row);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool sortable = role == Qt::EditRole;
        switch (index.column()) {
        case Mentee: return m_result.names.value(link.menteeId);
        case Mentor: return paired ? m_result.names.value(link.mentorId) : QString();
        case Score:
            if (!paired)
                return sortable ? QVariant(-1.0) : QVariant(QString());
            return sortable ? QVariant(m_result.pairs.at(row).score)
                            : QVariant(QLocale().toString(m_result.pairs.at(row).score, 'f', 1));
        case Origin: {
            if (!paired)
                return tr("без пары");
            const QString origin = m_result.pairs.at(row).origin;
            return origin == QLatin1String("pinned") ? tr("закреплена")
                   : origin == QLatin1String("must") ? tr("обязательная")
                                                     : tr("подобрана");
        }
        case Change: return changeText(link.menteeId);
        case Reason: return paired ? QString() : m_result.unmatched.at(row - int(m_result.pairs.size())).reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason && !paired)
        return m_result.unmatched.at(row - int(m_result.pairs.size())).reason;
    if (role == Qt::DecorationRole && index.column() == Origin && paired && m_result.pairs.at(row).origin != QLatin1String("auto"))
        return svgIcon(QStringLiteral(":/icons/pin.svg"));
    if (role == Qt::ForegroundRole && !paired)
        return warningTextColour();
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MatchProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mentee: return tr("Наставляемый");
    case Mentor: return tr("Наставник");
    case Score: return tr("Балл");
    case Origin: return tr("Пара");
    case Change: return tr("Изменение");
    case Reason: return tr("Почему без пары");
    }
    return {};
}

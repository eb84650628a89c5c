#include "gui/AttendanceList.h"

#include "domain/TextFold.h"
#include "gui/FoldedSearchFilter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
}

AttendanceList::AttendanceList(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_list(new QListView(this)), m_count(new QLabel(this)),
      m_people(new QStandardItemModel(this)), m_filter(new FoldedSearchFilter(KeyRole, this))
{
    m_search->setPlaceholderText(tr("Поиск по ФИО или классу"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Поиск участника"));
    auto *all = new QPushButton(tr("Отметить &всех"), this);
    auto *none = new QPushButton(tr("Сн&ять отметки"), this);
    all->setObjectName(QStringLiteral("allPresentButton"));
    m_list->setObjectName(QStringLiteral("attendanceList"));
    m_list->setAccessibleName(tr("Присутствовали"));
    m_filter->setSourceModel(m_people);
    m_list->setModel(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(all);
    top->addWidget(none);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FoldedSearchFilter::setText);
    connect(all, &QPushButton::clicked, this, [this] { setAllPresent(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllPresent(false); });
    connect(m_people, &QStandardItemModel::itemChanged, this, [this] {
        updateCount();
        emit changed();
    });
}

void AttendanceList::setPeople(const QList<AttendancePerson> &people, const QList<Attendance> &recorded, bool presentByDefault)
{
    const QSignalBlocker block(m_people);
    m_people->clear();
    for (const AttendancePerson &p : people) {
        auto *item = new QStandardItem(p.text);
        item->setData(p.personId, IdRole);
        item->setData(TextFold::fold(p.text), KeyRole);
        item->setCheckable(true);
        item->setEditable(false);
        const auto mark = std::find_if(recorded.begin(), recorded.end(), [&p](const Attendance &a) { return a.personId == p.personId; });
        const bool present = recorded.isEmpty() ? presentByDefault : mark != recorded.end() && mark->present;
        item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        m_people->appendRow(item);
    }
    updateCount();
}

QList<Attendance> AttendanceList::attendance() const
{
    QList<Attendance> list;
    bool anyone = false;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QStandardItem *item = m_people->item(row);
        const bool present = item->checkState() == Qt::Checked;
        anyone = anyone || present;
        list.append({item->data(IdRole).toLongLong(), present});
    }
    return anyone ? list : QList<Attendance>();
}

// Only the rows the search shows: "отметить всех" after typing "7б" marks the 7Б class.
void AttendanceList::setAllPresent(bool present)
{
    {
        const QSignalBlocker block(m_people);
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_people->itemFromIndex(m_filter->mapToSource(m_filter->index(row, 0)))->setCheckState(present ? Qt::Checked : Qt::Unchecked);
    }
    updateCount();
    emit changed();
}

void AttendanceList::setPresent(qint64 personId, bool present)
{
    for (int row = 0; row < m_people->rowCount(); ++row)
        if (m_people->item(row)->data(IdRole).toLongLong() == personId)
            m_people->item(row)->setCheckState(present ? Qt::Checked : Qt::Unchecked);
}

void AttendanceList::updateCount()
{
    int present = 0;
    for (int row = 0; row < m_people->rowCount(); ++row)
        present += m_people->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_count->setText(tr("Присутствовали: %1 из %2").arg(present).arg(m_people->rowCount()));
}

AttendanceDialog::AttendanceDialog(const QString &title, const QList<AttendancePerson> &people, const QList<Attendance> &recorded,
                                   QWidget *parent)
    : QDialog(parent), m_list(new AttendanceList(this))
{
    setWindowTitle(title);
    m_list->setPeople(people, recorded, true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 320);
}

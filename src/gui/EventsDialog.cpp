#include "gui/EventsDialog.h"

#include "domain/AcademicYear.h"
#include "domain/PairWork.h"
#include "gui/AttendanceList.h"
#include "gui/DateField.h"
#include "services/EventService.h"
#include "ui_EventDialog.h"
#include "ui_EventsDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

QStandardItem *item(const QString &text, const QVariant &sortValue)
{
    auto *i = new QStandardItem(text);
    i->setData(sortValue, SortRole);
    return i;
}
} // namespace

EventDialog::EventDialog(DatabasePtr db, int yearStart, const Meeting &event, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EventDialog>()), m_db(std::move(db)), m_event(event), m_attendance(new AttendanceList(this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->replaceWidget(m_ui->attendancePlaceholder, m_attendance);
    delete m_ui->attendancePlaceholder;
    m_ui->mainLayout->setStretchFactor(m_attendance, 1);
    m_ui->topicEdit->setText(event.topic);
    m_ui->plannedEdit->setText(DateField::text(event.plannedOn));
    m_ui->heldEdit->setText(DateField::text(event.heldOn));
    m_ui->minutesSpin->setValue(event.durationMinutes);
    m_ui->outcomeEdit->setText(event.outcome);
    QList<AttendancePerson> people;
    for (const EventInvitee &i : EventService(*m_db).invitees(yearStart)) {
        QStringList about;
        if (i.mentor)
            about << tr("наставник");
        if (i.mentee)
            about << tr("наставляемый");
        if (!i.className.isEmpty())
            about << i.className;
        people.append({i.personId, QStringLiteral("%1 — %2").arg(i.name, about.join(QStringLiteral(", ")))});
    }
    m_attendance->setPeople(people, event.attendance, false);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &EventDialog::save);
    setWindowTitle(event.id ? tr("Общее мероприятие") : tr("Новое общее мероприятие"));
}

EventDialog::~EventDialog() = default;

void EventDialog::save()
{
    QStringList errors;
    DateField::check(m_ui->plannedEdit, tr("Дата по плану"), errors);
    DateField::check(m_ui->heldEdit, tr("Дата проведения"), errors);
    if (!errors.isEmpty()) {
        m_ui->problemLabel->setText(errors.first());
        return;
    }
    Meeting e = m_event;
    e.kind = QStringLiteral("common");
    e.topic = m_ui->topicEdit->text().trimmed();
    e.plannedOn = DateField::read(m_ui->plannedEdit);
    e.heldOn = DateField::read(m_ui->heldEdit);
    e.durationMinutes = m_ui->minutesSpin->value();
    e.outcome = m_ui->outcomeEdit->text().trimmed();
    e.attendance = m_attendance->attendance();
    const auto id = EventService(*m_db).save(e, QDate::currentDate());
    if (!id) {
        m_ui->problemLabel->setText(id.error());
        return;
    }
    m_event = EventService(*m_db).find(id.value()).value_or(e);
    accept();
}

EventsDialog::EventsDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EventsDialog>()), m_db(std::move(db)), m_yearStart(yearStart),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Общие мероприятия — %1 учебный год").arg(AcademicYear(yearStart).title()));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(SortRole);
    m_ui->table->setModel(sorted);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    const bool writable = !m_db->isReadOnly();
    m_ui->addButton->setEnabled(writable);
    m_ui->removeButton->setEnabled(writable);
    connect(m_ui->addButton, &QPushButton::clicked, this, &EventsDialog::addEvent);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openEvent(m_ui->table->currentIndex().row()); });
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex &index) { openEvent(index.row()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeEvent(m_ui->table->currentIndex().row()); });
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, [this] {
        if (m_ui->addButton->isEnabled())
            addEvent();
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removeEvent(m_ui->table->currentIndex().row()); });
    reload();
}

EventsDialog::~EventsDialog() = default;

void EventsDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("По плану"), tr("Проведено"), tr("Мин."), tr("Присутствовали"), tr("Тема"), tr("Итог")});
    const QList<Meeting> events = EventService(*m_db).events(m_yearStart);
    int held = 0;
    for (const Meeting &e : events) {
        auto *planned = item(DateField::text(e.plannedOn), e.plannedOn.isValid() ? e.plannedOn : e.heldOn);
        planned->setData(e.id, IdRole);
        held += e.held() ? 1 : 0;
        m_model->appendRow({planned, item(DateField::text(e.heldOn), e.heldOn),
                            item(e.durationMinutes ? QString::number(e.durationMinutes) : QString(), e.durationMinutes),
                            item(PairWork::attendanceText(e), e.presentCount()),
                            item(e.topic, e.topic), item(e.outcome, e.outcome)});
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->summaryLabel->setText(tr("Мероприятий: %1, проведено: %2. Присутствие отмечается в карточке мероприятия.")
                                    .arg(events.size()).arg(held));
    m_ui->openButton->setEnabled(!events.isEmpty());
    m_ui->removeButton->setEnabled(!events.isEmpty() && !m_db->isReadOnly());
}

int EventsDialog::rows() const
{
    return m_ui->table->model()->rowCount();
}

qint64 EventsDialog::eventAt(int row) const
{
    return m_ui->table->model()->index(row, 0).data(IdRole).toLongLong();
}

void EventsDialog::addEvent()
{
    Meeting blank;
    blank.kind = QStringLiteral("common");
    EventDialog form(m_db, m_yearStart, blank, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    emit eventAdded(form.saved());
}

void EventsDialog::openEvent(int row)
{
    const auto before = EventService(*m_db).find(eventAt(row));
    if (!before)
        return;
    EventDialog form(m_db, m_yearStart, *before, this);
    if (m_db->isReadOnly())
        form.setEnabled(false);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    emit eventChanged(*before, form.saved());
}

void EventsDialog::removeEvent(int row)
{
    const auto event = EventService(*m_db).find(eventAt(row));
    if (!event || m_db->isReadOnly())
        return;
    if (const Status s = EventService(*m_db).remove(event->id); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    reload();
    emit eventRemoved(*event);
}

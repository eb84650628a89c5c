#include "gui/PairsView.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "gui/PairListModel.h"
#include "gui/PairWorkModels.h"
#include "gui/modules/Printing.h"
#include "services/DocumentPdf.h"
#include "services/PairService.h"
#include "ui_PairsView.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace {
QString dateText(const QDate &d) { return PersonValidator::russianDate(d, QStringLiteral("—")); }
}

PairsView::PairsView(DatabasePtr db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PairsView>()), m_db(std::move(db)), m_undo(undo),
      m_list(new PairListModel(this)), m_proxy(new PairFilterModel(this)), m_plan(new PlanItemModel(this)),
      m_meetings(new MeetingModel(this)), m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(Qt::EditRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(PairListModel::Number, Qt::AscendingOrder);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->planTable->setModel(m_plan);
    m_ui->meetingTable->setModel(m_meetings);
    for (QTableView *t : {m_ui->planTable, m_ui->meetingTable}) {
        t->verticalHeader()->hide();
        t->setWordWrap(true);
    }
    // The wordy columns share the width; dates and marks keep theirs.
    for (int c : {PlanItemModel::Activity, PlanItemModel::Expected, PlanItemModel::Comment})
        m_ui->planTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {MeetingModel::Topic, MeetingModel::Outcome})
        m_ui->meetingTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {MeetingModel::Kind, MeetingModel::Present}) // «пробная рабочая встреча», «Присутствовали» whole
        m_ui->meetingTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->statusCombo->addItem(tr("Все статусы"), -1);
    for (PairStatus s : {PairStatus::Forming, PairStatus::Active, PairStatus::Completed, PairStatus::EndedEarly})
        m_ui->statusCombo->addItem(Codes::label(s), int(s));
    m_ui->quietSpin->setValue(PairService(*m_db).quietDays());

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &PairFilterModel::setSearch);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_ui->statusCombo->currentData().toInt();
        m_proxy->setStatus(s < 0 ? std::nullopt : std::optional<PairStatus>(PairStatus(s)));
    });
    connect(m_ui->attentionCheck, &QCheckBox::toggled, m_proxy, &PairFilterModel::setAttentionOnly);
    connect(m_ui->quietSpin, &QSpinBox::editingFinished, this, [this] {
        PairService service(*m_db);
        const int before = service.quietDays(), after = m_ui->quietSpin->value();
        if (before == after)
            return;
        const DatabasePtr db = m_db;
        if (const Status s = service.setQuietDays(after); !s) {
            emit errorOccurred(s.error());
            return;
        }
        push(tr("Порог дней без встреч"), [db, after] { return PairService(*db).setQuietDays(after); },
             [db, before] { return PairService(*db).setQuietDays(before); });
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PairsView::showSelected);
    connect(m_plan, &PlanItemModel::planEdited, this, &PairsView::applyPlan);
    connect(m_plan, &PlanItemModel::editRefused, this, &PairsView::errorOccurred);
    connect(m_meetings, &MeetingModel::meetingEdited, this, &PairsView::applyMeeting);
    connect(m_meetings, &MeetingModel::editRefused, this, &PairsView::errorOccurred);
    connect(m_ui->templateButton, &QPushButton::clicked, this, &PairsView::draftPlanFromTemplate);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &PairsView::addPlanItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &PairsView::removePlanItem);
    connect(m_ui->planPdfButton, &QPushButton::clicked, this, &PairsView::choosePlanPdf);
    connect(m_ui->planPrintButton, &QPushButton::clicked, this, &PairsView::printPlan);
    connect(m_ui->planMeetingsButton, &QPushButton::clicked, this, &PairsView::planMeetings);
    connect(m_ui->addMeetingButton, &QPushButton::clicked, this, &PairsView::addMeeting);
    connect(m_ui->heldButton, &QPushButton::clicked, this, &PairsView::markHeldToday);
    connect(m_ui->attendanceButton, &QPushButton::clicked, this, &PairsView::editAttendance);
    connect(m_ui->meetingTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == MeetingModel::Present)
            editAttendance();
    });
    connect(m_ui->removeMeetingButton, &QPushButton::clicked, this, &PairsView::removeMeeting);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &PairsView::closePair);
    connect(m_ui->programmeButton, &QPushButton::clicked, this, &PairsView::attachProgramme);
    // The tab last looked at opens again (and lets the screenshot script picture each one).
    m_ui->tabs->setCurrentIndex(QSettings().value(QStringLiteral("pairs/tab"), 0).toInt());
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [](int tab) { QSettings().setValue(QStringLiteral("pairs/tab"), tab); });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    updateButtons();
}

PairsView::~PairsView() = default;

void PairsView::setYear(int yearStart)
{
    m_year = yearStart;
    reload();
}

void PairsView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

qint64 PairsView::selectedPairId() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? current.data(PairListModel::IdRole).toLongLong() : 0;
}

bool PairsView::selectPair(qint64 pairId)
{
    const int row = m_list->rowOf(pairId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_list->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->table->setCurrentIndex(index);
    return true;
}

void PairsView::reload()
{
    const qint64 selected = selectedPairId();
    const QList<PairRow> rows = PairService(*m_db).rows(m_year, m_today);
    m_list->setRows(rows);
    const auto attention = std::count_if(rows.begin(), rows.end(), [](const PairRow &r) { return !r.attention.isEmpty(); });
    const auto working = std::count_if(rows.begin(), rows.end(), [](const PairRow &r) { return r.pair.status == PairStatus::Active; });
    m_ui->summaryLabel->setText(tr("%1 учебный год: пар и групп — %2, работают — %3, требуют внимания — %4.")
                                    .arg(AcademicYear(m_year).title()).arg(rows.size()).arg(working).arg(attention));
    m_ui->table->resizeColumnsToContents();
    for (int c = 0; c < PairListModel::ColumnCount; ++c) // a group's many names are read in full on its card
        m_ui->table->setColumnWidth(c, std::min(m_ui->table->columnWidth(c), 280));
    if (selected && selectPair(selected))
        return;
    if (m_proxy->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_proxy->index(0, 0));
    else
        showSelected();
}

void PairsView::showSelected()
{
    const qint64 id = selectedPairId();
    PairService service(*m_db);
    const auto card = id ? service.card(id) : Result<PairCard>::failure(QString());
    if (!card) {
        m_ui->cardBrowser->setHtml(tr("<p>Выберите пару или группу в списке.</p>"));
        m_plan->setPlan({}, m_today);
        m_meetings->setMeetings({}, m_today);
        m_ui->historyBrowser->clear();
        m_ui->progressLabel->clear();
        updateButtons();
        return;
    }
    const Pair &p = card->pair;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 № %2 — %3</h3>").arg(p.isGroup ? tr("Группа") : tr("Пара")).arg(p.id).arg(Codes::label(p.status));
    html += QStringLiteral("<p><b>%1:</b> %2<br><b>%3:</b> %4<br><b>%5:</b> %6<br><b>%7:</b> %8 – %9")
                .arg(tr("Наставник"), esc(card->mentorNames.join(QLatin1String(", "))), tr("Наставляемые"),
                     esc(card->menteeNames.join(QLatin1String(", "))), tr("Форма"),
                     esc(card->form + (card->roleModel.isEmpty() ? QString() : QStringLiteral(", ") + card->roleModel)),
                     tr("Срок"), dateText(p.startedOn), dateText(p.endedOn.isValid() ? p.endedOn : p.plannedEndOn));
    if (!card->programme.isEmpty())
        html += QStringLiteral("<br><b>%1:</b> %2").arg(tr("Программа"), esc(card->programme));
    html += QStringLiteral("<br><b>%1:</b> %2").arg(tr("Приказ"), card->orderNumber.isEmpty()
                                                                   ? tr("ещё не издан")
                                                                   : tr("№ %1 от %2").arg(esc(card->orderNumber), dateText(card->orderDate)));
    if (!p.endReason.isEmpty())
        html += QStringLiteral("<br><b>%1:</b> %2").arg(tr("Причина завершения"), esc(p.endReason));
    if (!card->results.isEmpty())
        html += QStringLiteral("<br><b>%1:</b> %2").arg(tr("Результаты"), esc(card->results));
    if (!card->caseLink.isEmpty())
        html += QStringLiteral("<br><b>%1:</b> <a href=\"%2\">%2</a>").arg(tr("Кейс"), esc(card->caseLink));
    const int row = m_list->rowOf(id);
    if (const PairRow *r = m_list->rowAt(row); r && !r->attention.isEmpty())
        html += QStringLiteral("</p><p style=\"color:#b00020\"><b>%1:</b> %2").arg(tr("Требует внимания"), esc(r->attention.join(QLatin1String("; "))));
    m_ui->cardBrowser->setHtml(html + QStringLiteral("</p>"));

    const IndividualPlan plan = service.plan(id);
    m_plan->setPlan(plan, m_today);
    const PairWork::PlanProgress progress = PairWork::progress(plan.items, m_today);
    m_ui->progressLabel->setText(plan.items.isEmpty() ? tr("Плана ещё нет.")
                                                      : tr("Выполнено %1 % (%2 из %3), просрочено: %4")
                                                            .arg(progress.percent()).arg(progress.done).arg(progress.total).arg(progress.overdue));
    m_meetings->setMeetings(service.meetings(id), m_today);
    QString history;
    for (const AuditEntry &e : service.history(id))
        history += QStringLiteral("<p>%1 — %2: %3 %4</p>").arg(e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                                            esc(e.userName), esc(e.action), esc(e.details));
    m_ui->historyBrowser->setHtml(history.isEmpty() ? tr("<p>Изменений не было.</p>") : history);
    updateButtons();
}

void PairsView::updateButtons()
{
    const bool chosen = selectedPairId() != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->templateButton, m_ui->addItemButton, m_ui->planMeetingsButton,
                                                       m_ui->addMeetingButton, m_ui->closeButton, m_ui->programmeButton, m_ui->planPdfButton,
                                                       m_ui->planPrintButton})
        w->setEnabled(chosen);
    m_ui->removeItemButton->setEnabled(chosen && m_plan->rowCount() > 0);
    m_ui->removeMeetingButton->setEnabled(chosen && m_meetings->rowCount() > 0);
    m_ui->heldButton->setEnabled(chosen && m_meetings->rowCount() > 0);
    m_ui->attendanceButton->setEnabled(chosen && m_meetings->rowCount() > 0);
}

Status PairsView::savePlanPdf(const QString &path) const
{
    const auto html = PairService(*m_db).planHtml(selectedPairId(), m_today);
    if (!html)
        return Status::failure(html.error());
    return DocumentPdf::write(html.value(), tr("Индивидуальный план"), path);
}

void PairsView::choosePlanPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Сохранить план"),
        QDir(folder).filePath(tr("Индивидуальный план, пара %1.pdf").arg(selectedPairId())), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = savePlanPdf(path); !s)
        emit errorOccurred(s.error());
}

void PairsView::printPlan()
{
    const auto html = PairService(*m_db).planHtml(selectedPairId(), m_today);
    if (!html)
        return;
    QTextDocument document;
    DocumentPdf::prepare(document, html.value(), tr("Индивидуальный план"));
    printDocument(document, tr("Индивидуальный план"), this);
}

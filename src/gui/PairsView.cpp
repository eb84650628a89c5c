#include "gui/PairsView.h"

#include "domain/AcademicYear.h"
#include "gui/ClosePairDialog.h"
#include "gui/PairListModel.h"
#include "gui/PairWorkModels.h"
#include "gui/ServiceCommand.h"
#include "services/DocumentPdf.h"
#include "services/PairService.h"
#include "services/ProgrammeService.h"
#include "ui_PairsView.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUndoStack>

namespace {
QString dateText(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—"); }
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
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setWordWrap(true);
    }
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
    connect(m_ui->removeMeetingButton, &QPushButton::clicked, this, &PairsView::removeMeeting);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &PairsView::closePair);
    connect(m_ui->programmeButton, &QPushButton::clicked, this, &PairsView::attachProgramme);
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
    QString html = QStringLiteral("<h3>%1 №%2 — %3</h3>").arg(p.isGroup ? tr("Группа") : tr("Пара")).arg(p.id).arg(Codes::label(p.status));
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
}

// The edit is done now; the undo stack gets it already done, and each step reloads the page.
void PairsView::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undo->push(new ServiceCommand(text, std::move(redo), std::move(undo), [this](const QString &e) { emit errorOccurred(e); },
                                    [this] { reload(); }));
    reload();
}

void PairsView::applyPlan(const IndividualPlan &after)
{
    PairService service(*m_db);
    const IndividualPlan before = service.plan(after.pairId);
    if (const Status s = service.savePlan(after); !s) {
        emit errorOccurred(s.error());
        return;
    }
    const DatabasePtr db = m_db;
    // A plan created now gets its id on the first save; the undo clears its items.
    IndividualPlan saved = after;
    saved.id = service.plan(after.pairId).id;
    IndividualPlan restored = before;
    restored.id = saved.id;
    push(tr("Индивидуальный план"), [db, saved] { return PairService(*db).savePlan(saved); },
         [db, restored] { return PairService(*db).savePlan(restored); });
}

void PairsView::applyMeeting(const Meeting &before, const Meeting &after)
{
    const auto saved = PairService(*m_db).saveMeeting(after);
    if (!saved) {
        emit errorOccurred(saved.error());
        return;
    }
    const DatabasePtr db = m_db;
    push(tr("Встреча"), [db, after] { return PairService(*db).restoreMeeting(after); },
         [db, before] { return PairService(*db).restoreMeeting(before); });
}

void PairsView::draftPlanFromTemplate()
{
    const qint64 id = selectedPairId();
    PairService service(*m_db);
    const QList<PlanTemplate> templates = service.planTemplates();
    QStringList titles;
    for (const PlanTemplate &t : templates)
        titles << t.title;
    const auto suited = service.templateFor(id);
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("План по шаблону"), tr("Шаблон плана:"), titles,
                                                std::max<int>(0, int(titles.indexOf(suited ? suited->title : QString()))), false, &ok);
    if (!ok)
        return;
    if (!m_plan->plan().items.isEmpty()
        && QMessageBox::question(this, tr("План по шаблону"), tr("Заменить пункты плана пунктами шаблона? Это можно отменить."))
               != QMessageBox::Yes)
        return;
    const auto draft = service.draftPlan(id, templates.at(int(titles.indexOf(title))).code);
    if (!draft) {
        emit errorOccurred(draft.error());
        return;
    }
    applyPlan(draft.value());
}

void PairsView::addPlanItem()
{
    IndividualPlan after = m_plan->plan();
    after.pairId = selectedPairId();
    PlanItem item;
    item.activity = tr("Новое мероприятие");
    item.deadline = m_today.addMonths(1);
    after.items.append(item);
    applyPlan(after);
    m_ui->planTable->setCurrentIndex(m_plan->index(m_plan->rowCount() - 1, PlanItemModel::Activity));
    m_ui->planTable->edit(m_ui->planTable->currentIndex());
}

void PairsView::removePlanItem()
{
    const int row = m_ui->planTable->currentIndex().row();
    IndividualPlan after = m_plan->plan();
    if (row < 0 || row >= after.items.size())
        return;
    after.items.removeAt(row);
    applyPlan(after);
}

void PairsView::planMeetings()
{
    const qint64 id = selectedPairId();
    const QList<Meeting> before = PairService(*m_db).meetings(id);
    const auto added = PairService(*m_db).planMeetings(id);
    if (!added) {
        emit errorOccurred(added.error());
        return;
    }
    if (added.value() == 0) {
        emit errorOccurred(tr("Все встречи стандартной последовательности уже есть в дневнике."));
        return;
    }
    QList<Meeting> planned;
    for (const Meeting &m : PairService(*m_db).meetings(id))
        if (std::none_of(before.begin(), before.end(), [&](const Meeting &b) { return b.id == m.id; }))
            planned << m;
    const DatabasePtr db = m_db;
    push(tr("Планирование встреч"),
         [db, planned]() -> Status {
             for (const Meeting &m : planned)
                 if (const Status s = PairService(*db).restoreMeeting(m); !s)
                     return s;
             return {};
         },
         [db, planned]() -> Status {
             for (const Meeting &m : planned)
                 if (const Status s = PairService(*db).removeMeeting(m.id); !s)
                     return s;
             return {};
         });
}

void PairsView::addMeeting()
{
    Meeting m;
    m.pairId = selectedPairId();
    m.kind = QStringLiteral("regular");
    m.plannedOn = m_today;
    m.topic = PairWork::meetingKindTitle(m.kind);
    const auto id = PairService(*m_db).saveMeeting(m);
    if (!id) {
        emit errorOccurred(id.error());
        return;
    }
    m.id = id.value();
    const DatabasePtr db = m_db;
    push(tr("Новая встреча"), [db, m] { return PairService(*db).restoreMeeting(m); },
         [db, m] { return PairService(*db).removeMeeting(m.id); });
}

void PairsView::markHeldToday()
{
    const int row = m_ui->meetingTable->currentIndex().row();
    const QList<Meeting> &list = m_meetings->meetings();
    // The selected meeting, else the first planned one not yet held.
    int target = row;
    if (target < 0 || target >= list.size() || list.at(target).held())
        target = int(std::find_if(list.begin(), list.end(), [](const Meeting &m) { return !m.held(); }) - list.begin());
    if (target >= list.size())
        return;
    Meeting after = list.at(target);
    after.heldOn = m_today;
    applyMeeting(list.at(target), after);
}

void PairsView::removeMeeting()
{
    const int row = m_ui->meetingTable->currentIndex().row();
    if (row < 0 || row >= m_meetings->rowCount())
        return;
    const Meeting m = m_meetings->meetings().at(row);
    if (const Status s = PairService(*m_db).removeMeeting(m.id); !s) {
        emit errorOccurred(s.error());
        return;
    }
    const DatabasePtr db = m_db;
    push(tr("Удаление встречи"), [db, m] { return PairService(*db).removeMeeting(m.id); },
         [db, m] { return PairService(*db).restoreMeeting(m); });
}

void PairsView::closePair()
{
    const qint64 id = selectedPairId();
    const auto card = PairService(*m_db).card(id);
    if (!card)
        return;
    const PairClosure before{card->pair.status, card->pair.endedOn, card->pair.endReason, card->results, card->caseLink};
    const DatabasePtr db = m_db;
    ClosePairDialog dialog(card.value(), [db, id](const PairClosure &c) { return PairService(*db).close(id, c); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PairClosure after = dialog.closure();
    push(tr("Завершение пары"), [db, id, after] { return PairService(*db).close(id, after); },
         [db, id, before] { return PairService(*db).reopen(id, before); });
}

void PairsView::attachProgramme()
{
    const qint64 id = selectedPairId();
    const auto card = PairService(*m_db).card(id);
    if (!card)
        return;
    const QList<Programme> programmes = ProgrammeService(*m_db).list();
    if (programmes.isEmpty()) {
        emit errorOccurred(tr("Программ наставничества ещё нет: заведите их в «Файл › Программы наставничества…»."));
        return;
    }
    QStringList titles{tr("— без программы —")};
    int current = 0;
    for (const Programme &g : programmes) {
        titles << g.title;
        if (g.id == card->pair.programmeId)
            current = int(titles.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Программа наставничества"), tr("Программа пары:"), titles, current, false, &ok);
    if (!ok)
        return;
    const int index = int(titles.indexOf(chosen));
    const qint64 after = index > 0 ? programmes.at(index - 1).id : 0, before = card->pair.programmeId;
    if (after == before)
        return;
    const DatabasePtr db = m_db;
    if (const Status s = ProgrammeService(*db).attach(id, after); !s) {
        emit errorOccurred(s.error());
        return;
    }
    push(tr("Программа пары"), [db, id, after] { return ProgrammeService(*db).attach(id, after); },
         [db, id, before] { return ProgrammeService(*db).attach(id, before); });
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentPdf::pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    DocumentPdf::prepare(document, html.value(), tr("Индивидуальный план"));
    document.print(&printer);
}

// The pages of the pairs' life in the main window: matching (the year's latest proposal, the
// curator's pins, swaps and removals, each one undoable and followed by a new run, the criteria
// and the approval), the order that fixes the pairs, and the pairs at work with their programmes,
// questionnaires and common events.
#include "gui/MainWindow.h"

#include "domain/AcademicYear.h"
#include "gui/EventsDialog.h"
#include "gui/MatchOptionsDialog.h"
#include "gui/MatchingView.h"
#include "gui/OrderDialog.h"
#include "gui/PairsView.h"
#include "gui/ProgrammesDialog.h"
#include "gui/ServiceCommand.h"
#include "gui/SurveysDialog.h"
#include "services/EventService.h"
#include "services/MatchingService.h"
#include "services/SurveyService.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace {
// The day the pairs start: today within the school year, otherwise 1 October of it.
QDate startDateIn(int year)
{
    const QDate today = QDate::currentDate();
    return AcademicYear(year).contains(today) ? today : QDate(year, 10, 1);
}

void removeMentee(QList<MatchLink> &links, qint64 menteeId)
{
    links.removeIf([menteeId](const MatchLink &l) { return l.menteeId == menteeId; });
}
}

MatchingView *MainWindow::matchingView()
{
    if (m_matching)
        return m_matching;
    m_matching = new MatchingView(this);
    m_ui->registryStack->addWidget(m_matching);
    m_matching->setExplainer([this](const MatchLink &link) {
        return MatchingService(m_db).explain(currentYear(), link, startDateIn(currentYear()));
    });
    connect(m_matching, &MatchingView::runRequested, this, &MainWindow::runMatching);
    connect(m_matching, &MatchingView::optionsRequested, this, &MainWindow::editMatchOptions);
    connect(m_matching, &MatchingView::approveRequested, this, &MainWindow::approveMatching);
    connect(m_matching, &MatchingView::orderRequested, this, &MainWindow::openOrder);
    connect(m_matching, &MatchingView::pinRequested, this, [this](const QList<MatchLink> &pairs) {
        changeConstraints(tr("Закрепление пар (%1)").arg(pairs.size()), [pairs](MatchConstraints &c) {
            for (const MatchLink &p : pairs) {
                removeMentee(c.pinned, p.menteeId);
                c.mustNot.removeAll(p);
                c.pinned << p;
            }
        });
    });
    connect(m_matching, &MatchingView::removeRequested, this, [this](const QList<MatchLink> &pairs) {
        changeConstraints(tr("Исключение пар (%1)").arg(pairs.size()), [pairs](MatchConstraints &c) {
            for (const MatchLink &p : pairs) {
                c.pinned.removeAll(p);
                c.must.removeAll(p);
                if (!c.mustNot.contains(p))
                    c.mustNot << p;
            }
        });
    });
    connect(m_matching, &MatchingView::swapRequested, this, [this](const MatchLink &a, const MatchLink &b) {
        changeConstraints(tr("Обмен наставниками"), [a, b](MatchConstraints &c) {
            for (const MatchLink &p : {MatchLink{a.menteeId, b.mentorId}, MatchLink{b.menteeId, a.mentorId}}) {
                removeMentee(c.pinned, p.menteeId);
                c.mustNot.removeAll(p);
                c.pinned << p;
            }
        });
    });
    return m_matching;
}

void MainWindow::showMatching()
{
    if (m_ui->navigationList->currentRow() != matchingRow())
        m_ui->navigationList->setCurrentRow(matchingRow());
    m_ui->registryStack->setCurrentWidget(matchingView());
    reloadMatching();
    updateActions();
}

void MainWindow::reloadMatching()
{
    matchingView()->setResult(MatchingService(m_db).lastRun(currentYear()), AcademicYear(currentYear()).title());
}

void MainWindow::runMatching()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<MatchResult> result = MatchingService(m_db).run(currentYear(), startDateIn(currentYear()));
    QApplication::restoreOverrideCursor();
    if (!result)
        showError(result.error());
    reloadMatching();
}

void MainWindow::editMatchOptions()
{
    MatchingService service(m_db);
    const MatchOptions before = service.options();
    MatchOptionsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MatchOptions after = dialog.options();
    if (after.toJson() == before.toJson())
        return;
    if (Status s = service.setOptions(after); !s) {
        showError(s.error());
        return;
    }
    m_undo->push(new ServiceCommand(
        tr("Критерии подбора"), [service, after]() mutable { return service.setOptions(after); },
        [service, before]() mutable { return service.setOptions(before); }, [this](const QString &e) { showError(e); },
        [this] { runMatching(); }));
    runMatching();
}

// Saves the changed pins and exclusions of the year and runs the matching again with them.
void MainWindow::changeConstraints(const QString &text, const std::function<void(MatchConstraints &)> &change)
{
    MatchingService service(m_db);
    const int year = currentYear();
    const MatchConstraints before = service.constraints(year);
    MatchConstraints after = before;
    change(after);
    if (Status s = service.setConstraints(year, after); !s) {
        showError(s.error());
        return;
    }
    m_undo->push(new ServiceCommand(
        text, [service, year, after]() mutable { return service.setConstraints(year, after); },
        [service, year, before]() mutable { return service.setConstraints(year, before); },
        [this](const QString &e) { showError(e); }, [this] { runMatching(); }));
    runMatching();
}

void MainWindow::approveMatching()
{
    const std::optional<MatchResult> last = MatchingService(m_db).lastRun(currentYear());
    if (!last)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Утверждение пар"));
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(new QLabel(tr("Будут сформированы пары и группы по протоколу № %1: пар %2, без пары %3. "
                                 "Протокол сохранится для отчётности.")
                                  .arg(last->runId).arg(last->pairs.size()).arg(last->unmatched.size()),
                              &dialog));
    auto *start = new QDateEdit(startDateIn(currentYear()), &dialog);
    start->setCalendarPopup(true);
    start->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    start->setDateRange(AcademicYear(currentYear()).firstDay(), AcademicYear(currentYear()).lastDay());
    layout->addRow(tr("&Начало работы пар:"), start);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Утвердить"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<QList<qint64>> pairs = MatchingService(m_db).approve(last->runId, start->date());
    if (!pairs) {
        showError(pairs.error());
        return;
    }
    statusBar()->showMessage(tr("Сформировано пар и групп: %1").arg(pairs->size()), 8000);
    reloadAll();
    if (QMessageBox::question(this, tr("Утверждение пар"), tr("Пары и группы сформированы. Подготовить приказ об их закреплении?"))
        == QMessageBox::Yes)
        openOrder();
}

// The order dialog; issuing an order and changing its template go onto the undo stack.
void MainWindow::openOrder()
{
    OrderDialog dialog(*m_db, currentYear(), this);
    const auto showErrorHere = [this](const QString &e) { showError(e); };
    connect(&dialog, &OrderDialog::issued, this, [this, showErrorHere](qint64 id, const OrderDraft &draft) {
        statusBar()->showMessage(tr("Издан приказ № %1").arg(draft.number.trimmed()), 8000);
        const auto orderId = std::make_shared<qint64>(id);
        const DatabasePtr db = m_db;
        m_undo->push(new ServiceCommand(
            tr("Приказ № %1").arg(draft.number.trimmed()),
            [db, draft, orderId]() -> Status {
                const auto again = OrderService(*db).issue(draft);
                if (!again)
                    return Status::failure(again.error());
                *orderId = again.value();
                return {};
            },
            [db, orderId] { return OrderService(*db).withdraw(*orderId); }, showErrorHere, [] {}));
    });
    connect(&dialog, &OrderDialog::templateChanged, this, [this, showErrorHere](const QString &before, const QString &after) {
        const DatabasePtr db = m_db;
        m_undo->push(new ServiceCommand(
            tr("Шаблон приказа"), [db, after] { return OrderService(*db).saveTemplate(after); },
            [db, before] { return OrderService(*db).saveTemplate(before); }, showErrorHere, [] {}));
    });
    dialog.exec();
}

PairsView *MainWindow::pairsView()
{
    if (m_pairs)
        return m_pairs;
    m_pairs = new PairsView(m_db, m_undo, this);
    m_ui->registryStack->addWidget(m_pairs);
    connect(m_pairs, &PairsView::errorOccurred, this, &MainWindow::showError);
    return m_pairs;
}

void MainWindow::showPairs()
{
    if (m_ui->navigationList->currentRow() != pairsRow())
        m_ui->navigationList->setCurrentRow(pairsRow());
    m_ui->registryStack->setCurrentWidget(pairsView());
    pairsView()->setYear(currentYear());
    updateActions();
}

// Programme cards; each saving or removal goes onto the undo stack.
void MainWindow::openProgrammes()
{
    ProgrammesDialog dialog(*m_db, this);
    const DatabasePtr db = m_db;
    const auto save = [db](const Programme &g) {
        return [db, g] {
            const auto saved = ProgrammeService(*db).save(g);
            return saved ? Status() : Status::failure(saved.error());
        };
    };
    const auto restore = [db](const Programme &g) { return [db, g] { return ProgrammeService(*db).restore(g); }; };
    const auto remove = [db](const Programme &g) { return [db, g] { return ProgrammeService(*db).remove(g.id); }; };
    connect(&dialog, &ProgrammesDialog::saved, this, [=](const std::optional<Programme> &before, const Programme &after) {
        if (before)
            pushEdit(tr("Программа наставничества"), save(after), save(*before));
        else
            pushEdit(tr("Новая программа наставничества"), restore(after), remove(after));
    });
    connect(&dialog, &ProgrammesDialog::removed, this,
            [=](const Programme &g) { pushEdit(tr("Удаление программы наставничества"), remove(g), restore(g)); });
    dialog.exec();
}

void MainWindow::openSurveys()
{
    SurveysDialog dialog(m_db, currentYear(), this);
    const DatabasePtr db = m_db;
    const auto restore = [db](const SurveyResponse &r) { return [db, r] { return SurveyService(*db).restoreResponse(r); }; };
    const auto remove = [db](const SurveyResponse &r) { return [db, r] { return SurveyService(*db).removeResponse(r.id); }; };
    const auto save = [db](const SurveyResponse &r) {
        return [db, r] {
            const auto saved = SurveyService(*db).saveResponse(r, QDate::currentDate());
            return saved ? Status() : Status::failure(saved.error());
        };
    };
    connect(&dialog, &SurveysDialog::responseAdded, this, [=](const SurveyResponse &r) { pushEdit(tr("Анкета участника"), restore(r), remove(r)); });
    connect(&dialog, &SurveysDialog::responseChanged, this,
            [=](const SurveyResponse &before, const SurveyResponse &after) { pushEdit(tr("Изменение анкеты"), save(after), save(before)); });
    connect(&dialog, &SurveysDialog::responseRemoved, this,
            [=](const SurveyResponse &r) { pushEdit(tr("Удаление анкеты"), remove(r), restore(r)); });
    dialog.exec();
    reloadDashboard(); // satisfaction is a KPI
}

void MainWindow::openEvents()
{
    EventsDialog dialog(m_db, currentYear(), this);
    const DatabasePtr db = m_db;
    const auto restore = [db](const Meeting &e) { return [db, e] { return EventService(*db).restore(e); }; };
    const auto remove = [db](const Meeting &e) { return [db, e] { return EventService(*db).remove(e.id); }; };
    const auto save = [db](const Meeting &e) {
        return [db, e] {
            const auto saved = EventService(*db).save(e, QDate::currentDate());
            return saved ? Status() : Status::failure(saved.error());
        };
    };
    connect(&dialog, &EventsDialog::eventAdded, this, [=](const Meeting &e) { pushEdit(tr("Общее мероприятие"), restore(e), remove(e)); });
    connect(&dialog, &EventsDialog::eventChanged, this,
            [=](const Meeting &before, const Meeting &after) { pushEdit(tr("Изменение мероприятия"), save(after), save(before)); });
    connect(&dialog, &EventsDialog::eventRemoved, this, [=](const Meeting &e) { pushEdit(tr("Удаление мероприятия"), remove(e), restore(e)); });
    dialog.exec();
}

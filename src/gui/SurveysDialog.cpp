#include "gui/SurveysDialog.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "domain/SurveyRules.h"
#include "domain/SurveyScores.h"
#include "domain/TextFold.h"
#include "gui/FoldedSearchFilter.h"
#include "gui/LightColours.h"
#include "gui/QuestionnaireImportDialog.h"
#include "gui/SurveyResponseDialog.h"
#include "services/PairService.h"
#include "services/SurveyService.h"
#include "storage/PersonRepository.h"
#include "ui_SurveysDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardItemModel>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int SortRole = Qt::UserRole + 3;

QString score(double value) { return QLocale().toString(value, 'f', 1); }

QStandardItem *item(const QString &text, const QVariant &sortValue = {})
{
    auto *i = new QStandardItem(text);
    i->setData(sortValue.isValid() ? sortValue : QVariant(TextFold::fold(text)), SortRole);
    return i;
}

QStandardItem *scoreItem(std::optional<double> value, bool signedValue = false)
{
    if (!value)
        return item(QStringLiteral("—"), -1000.0);
    const QString text = (signedValue && *value > 0 ? QStringLiteral("+") : QString()) + score(*value);
    auto *i = item(text, *value);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

SurveysDialog::SurveysDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SurveysDialog>()), m_db(std::move(db)), m_yearStart(yearStart),
      m_answers(new QStandardItemModel(this)), m_answersFilter(new FoldedSearchFilter(KeyRole, this)),
      m_participants(new QStandardItemModel(this)), m_pairs(new QStandardItemModel(this)), m_questions(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Анкеты и опросы — %1 учебный год").arg(AcademicYear(yearStart).title()));
    m_answersFilter->setSourceModel(m_answers);
    m_answersFilter->setSortRole(SortRole);
    setUpTable(m_ui->answersTable, m_answersFilter);
    for (QTableView *table : {m_ui->participantsTable, m_ui->pairsTable}) {
        auto *sorted = new QSortFilterProxyModel(this);
        sorted->setSourceModel(table == m_ui->pairsTable ? m_pairs : m_participants);
        sorted->setSortRole(SortRole);
        setUpTable(table, sorted);
    }
    const bool writable = !m_db->isReadOnly();
    m_ui->addButton->setEnabled(writable);
    m_ui->importButton->setEnabled(writable);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, &SurveysDialog::showAnswers);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_answersFilter, &FoldedSearchFilter::setText);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SurveysDialog::addResponse);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openResponse(m_ui->answersTable->currentIndex().row()); });
    connect(m_ui->answersTable, &QTableView::activated, this, [this](const QModelIndex &index) { openResponse(index.row()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeResponse(m_ui->answersTable->currentIndex().row()); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &SurveysDialog::importAnswers);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->answersTab);
        m_ui->searchEdit->setFocus();
    });
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->answersTab && m_ui->addButton->isEnabled())
            addResponse();
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->answersTable);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removeResponse(m_ui->answersTable->currentIndex().row()); });
    setUpTemplates();
    reload();
    // Opens on the questionnaire answered last: the one the curator is collecting now.
    const QList<SurveyScore> scores = SurveyService(*m_db).scores(m_yearStart);
    if (!scores.isEmpty())
        selectTemplate(scores.last().templateId);
}

SurveysDialog::~SurveysDialog() = default;

void SurveysDialog::reload()
{
    m_templates = SurveyService(*m_db).templates();
    fillTemplateCombo(currentTemplateId());
    fillTemplateList(m_editing.id);
    showComparison();
}

void SurveysDialog::fillTemplateCombo(qint64 keepId)
{
    const QSignalBlocker block(m_ui->templateCombo);
    m_ui->templateCombo->clear();
    for (const SurveyTemplate &t : std::as_const(m_templates))
        m_ui->templateCombo->addItem(QStringLiteral("%1 (%2)").arg(t.title, SurveyRules::kindTitle(t.kind)), t.id);
    m_ui->templateCombo->setCurrentIndex(qMax(0, m_ui->templateCombo->findData(keepId)));
    showAnswers();
}

void SurveysDialog::selectTemplate(qint64 id)
{
    m_ui->templateCombo->setCurrentIndex(qMax(0, m_ui->templateCombo->findData(id)));
}

qint64 SurveysDialog::currentTemplateId() const
{
    return m_ui->templateCombo->currentData().toLongLong();
}

std::optional<SurveyTemplate> SurveysDialog::currentTemplate() const
{
    for (const SurveyTemplate &t : m_templates)
        if (t.id == currentTemplateId())
            return t;
    return std::nullopt;
}

QString SurveysDialog::nameOf(qint64 personId)
{
    if (!m_names.contains(personId)) {
        const auto person = PersonRepository(m_db->connection()).find(personId);
        m_names.insert(personId, person ? person->fullName() : tr("участник № %1").arg(personId));
    }
    return m_names.value(personId);
}

QString SurveysDialog::pairTitle(qint64 pairId)
{
    if (pairId == 0)
        return {};
    if (!m_pairTitles.contains(pairId)) {
        const auto card = PairService(*m_db).card(pairId);
        m_pairTitles.insert(pairId, card ? tr("№ %1: %2 — %3").arg(pairId).arg(card->mentorNames.join(QStringLiteral(", ")),
                                                                            card->menteeNames.join(QStringLiteral(", ")))
                                         : tr("№ %1").arg(pairId));
    }
    return m_pairTitles.value(pairId);
}

void SurveysDialog::showAnswers()
{
    m_answers->clear();
    m_answers->setHorizontalHeaderLabels({tr("ФИО"), tr("Дата"), tr("Средний балл"), tr("Удовлетворён"), tr("Пара / группа")});
    const auto survey = currentTemplate();
    m_ui->openButton->setEnabled(false);
    m_ui->removeButton->setEnabled(false);
    if (!survey) {
        m_ui->summaryLabel->setText(tr("Анкет нет: создайте шаблон на вкладке «Шаблоны»."));
        return;
    }
    QHash<qint64, SurveyScore> scores;
    for (const SurveyScore &s : SurveyService(*m_db).scores(m_yearStart))
        scores.insert(s.responseId, s);
    int satisfied = 0, judged = 0;
    const QList<SurveyResponse> responses = SurveyService(*m_db).responses(m_yearStart, survey->id);
    for (const SurveyResponse &r : responses) {
        const SurveyScore s = scores.value(r.id);
        auto *name = item(nameOf(r.personId));
        name->setData(r.id, IdRole);
        name->setData(TextFold::fold(name->text()), KeyRole);
        const bool hasScore = s.scaleAnswers > 0;
        judged += hasScore ? 1 : 0;
        satisfied += s.satisfied() ? 1 : 0;
        auto *verdict = item(!hasScore ? tr("нет оценок") : s.satisfied() ? tr("да") : tr("нет"), hasScore ? int(s.satisfied()) : -1);
        if (hasScore && !s.satisfied())
            verdict->setForeground(warningTextColour());
        m_answers->appendRow({name, item(PersonValidator::russianDate(r.answeredOn), r.answeredOn),
                              scoreItem(hasScore ? std::optional<double>(s.mean) : std::nullopt), verdict, item(pairTitle(r.pairId))});
    }
    // Diagnostics measure growth, not satisfaction: their threshold says nothing.
    const bool diagnostic = survey->kind.startsWith(QLatin1String("diagnostic"));
    m_ui->answersTable->setColumnHidden(3, diagnostic);
    m_ui->answersTable->resizeColumnsToContents();
    QString summary = tr("Анкет: %1.").arg(responses.size());
    if (diagnostic && judged > 0) {
        double sum = 0;
        for (const SurveyResponse &r : responses)
            sum += scores.value(r.id).mean * (scores.value(r.id).scaleAnswers > 0 ? 1 : 0);
        summary += QLatin1Char(' ') + tr("Средний балл: %1. Сравнение с другой диагностикой — на вкладке «До и после».").arg(score(sum / judged));
    } else if (judged > 0)
        summary += QLatin1Char(' ') + tr("Удовлетворены %1 из %2 (%3 %) при пороге %4 — средний балл шкал 1–10 не ниже порога.")
                                          .arg(satisfied).arg(judged).arg(qRound(100.0 * satisfied / judged))
                                          .arg(score(survey->satisfiedThreshold));
    m_ui->summaryLabel->setText(summary);
    const bool any = !responses.isEmpty() && !m_db->isReadOnly();
    m_ui->openButton->setEnabled(!responses.isEmpty());
    m_ui->removeButton->setEnabled(any);
}

void SurveysDialog::showComparison()
{
    const QList<BeforeAfter> participants = SurveyScores::beforeAfter(SurveyService(*m_db).scores(m_yearStart));
    m_participants->clear();
    m_participants->setHorizontalHeaderLabels({tr("ФИО"), tr("До"), tr("После"), tr("Изменение"), tr("Пара / группа")});
    for (const BeforeAfter &p : participants)
        m_participants->appendRow({item(nameOf(p.personId)), scoreItem(p.before), scoreItem(p.after), scoreItem(p.change(), true),
                                   item(pairTitle(p.pairId))});
    m_pairs->clear();
    m_pairs->setHorizontalHeaderLabels({tr("Пара / группа"), tr("С обеими диагностиками"), tr("Изменение")});
    const QList<PairChange> pairs = SurveyScores::byPair(participants);
    for (const PairChange &c : pairs)
        m_pairs->appendRow({item(pairTitle(c.pairId)), item(QString::number(c.members), c.members), scoreItem(c.change, true)});
    m_ui->participantsTable->resizeColumnsToContents();
    m_ui->pairsTable->resizeColumnsToContents();
    const auto withBoth = std::count_if(participants.begin(), participants.end(), [](const BeforeAfter &p) { return p.change().has_value(); });
    m_ui->compareLabel->setText(
        participants.isEmpty()
            ? tr("Диагностик до и после в этом учебном году нет.")
            : tr("Средний балл диагностики «до» (первая анкета) и «после» (последняя). Участников с диагностиками: %1, "
                 "с обеими: %2; пар, где можно сравнить: %3.").arg(participants.size()).arg(withBoth).arg(pairs.size()));
}

int SurveysDialog::responseRows() const
{
    return m_answersFilter->rowCount();
}

qint64 SurveysDialog::responseAt(int row) const
{
    return m_answersFilter->index(row, 0).data(IdRole).toLongLong();
}

void SurveysDialog::addResponse()
{
    const auto survey = currentTemplate();
    if (!survey || m_db->isReadOnly())
        return;
    SurveyResponse blank;
    blank.templateId = survey->id;
    blank.yearStart = m_yearStart;
    SurveyResponseDialog form(m_db, *survey, blank, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    emit responseAdded(form.saved());
}

void SurveysDialog::openResponse(int row)
{
    const auto survey = currentTemplate();
    const auto before = SurveyService(*m_db).response(responseAt(row));
    if (!survey || !before)
        return;
    SurveyResponseDialog form(m_db, *survey, *before, this);
    if (m_db->isReadOnly())
        form.setEnabled(false);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    emit responseChanged(*before, form.saved());
}

void SurveysDialog::removeResponse(int row)
{
    const auto sheet = SurveyService(*m_db).response(responseAt(row));
    if (!sheet || m_db->isReadOnly())
        return;
    if (const Status s = SurveyService(*m_db).removeResponse(sheet->id); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    reload();
    emit responseRemoved(*sheet);
}

void SurveysDialog::importAnswers()
{
    QuestionnaireImportDialog dialog(m_db, m_yearStart, this);
    dialog.chooseKind(QuestionnaireKind::Survey, currentTemplateId());
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

// The templates tab of SurveysDialog: the questionnaire's title, kind, threshold and questions,
// edited in place and saved through SurveyService (which keeps answered questions meaningful).
#include "gui/SurveysDialog.h"

#include "domain/SurveyRules.h"
#include "services/SurveyService.h"
#include "ui_SurveysDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace {
enum QuestionColumn { TextColumn, TypeColumn, ChoicesColumn };
constexpr int QuestionIdRole = Qt::UserRole + 1;
constexpr int TypeRole = Qt::UserRole + 2;

// The answer type chosen from the four, shown by its Russian name.
class AnswerTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &type : SurveyRules::answerTypes())
            combo->addItem(SurveyRules::answerTypeTitle(type), type);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(TypeRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), TypeRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QList<QStandardItem *> questionRow(const SurveyQuestion &q)
{
    auto *text = new QStandardItem(q.text);
    text->setData(q.id, QuestionIdRole);
    auto *type = new QStandardItem(SurveyRules::answerTypeTitle(q.answerType));
    type->setData(q.answerType, TypeRole);
    return {text, type, new QStandardItem(q.choices)};
}
} // namespace

void SurveysDialog::setUpTemplates()
{
    for (const QString &kind : SurveyRules::kinds())
        m_ui->kindCombo->addItem(SurveyRules::kindTitle(kind), kind);
    m_ui->questionsTable->setModel(m_questions);
    m_ui->questionsTable->setItemDelegateForColumn(TypeColumn, new AnswerTypeDelegate(this));
    m_ui->questionsTable->verticalHeader()->setDefaultSectionSize(28);
    const bool writable = !m_db->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->newTemplateButton, m_ui->copyTemplateButton, m_ui->removeTemplateButton,
                                                        m_ui->addQuestionButton, m_ui->removeQuestionButton, m_ui->upButton,
                                                        m_ui->downButton, m_ui->saveTemplateButton})
        w->setEnabled(writable);
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, &SurveysDialog::templateChosen);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, [this] { newTemplate(false); });
    connect(m_ui->copyTemplateButton, &QPushButton::clicked, this, [this] { newTemplate(true); });
    connect(m_ui->removeTemplateButton, &QPushButton::clicked, this, &SurveysDialog::removeTemplate);
    connect(m_ui->saveTemplateButton, &QPushButton::clicked, this, &SurveysDialog::saveTemplate);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->addQuestionButton, &QPushButton::clicked, this, [this] {
        SurveyQuestion q;
        m_questions->appendRow(questionRow(q));
        const QModelIndex text = m_questions->index(m_questions->rowCount() - 1, TextColumn);
        m_ui->questionsTable->setCurrentIndex(text);
        m_ui->questionsTable->edit(text);
    });
    connect(m_ui->removeQuestionButton, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_ui->questionsTable->currentIndex(); current.isValid())
            m_questions->removeRow(current.row());
        m_templateDirty = true;
    });
    const auto dirty = [this] { m_templateDirty = true; };
    connect(m_questions, &QStandardItemModel::itemChanged, this, dirty);
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, dirty);
    connect(m_ui->kindCombo, &QComboBox::activated, this, dirty);
    connect(m_ui->thresholdSpin, &QDoubleSpinBox::valueChanged, this, dirty);
}

void SurveysDialog::fillTemplateList(qint64 keepId)
{
    const QSignalBlocker block(m_ui->templateList);
    m_ui->templateList->clear();
    int keep = 0;
    for (const SurveyTemplate &t : std::as_const(m_templates)) {
        if (t.id == keepId)
            keep = m_ui->templateList->count();
        m_ui->templateList->addItem(t.title);
    }
    m_ui->templateList->setCurrentRow(keep);
    if (!m_templateDirty) // a template being edited stays as it is when the answers change
        showTemplate(m_templates.value(keep));
}

void SurveysDialog::showTemplate(const SurveyTemplate &survey)
{
    m_editing = survey;
    m_ui->titleEdit->setText(survey.title);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(survey.kind)));
    const QSignalBlocker block(m_ui->thresholdSpin);
    m_ui->thresholdSpin->setValue(survey.satisfiedThreshold);
    m_questions->clear();
    m_questions->setHorizontalHeaderLabels({tr("Вопрос"), tr("Тип ответа"), tr("Варианты (через «;»)")});
    for (const SurveyQuestion &q : survey.questions)
        m_questions->appendRow(questionRow(q));
    m_ui->questionsTable->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_ui->questionsTable->setColumnWidth(TypeColumn, 130);
    m_ui->questionsTable->setColumnWidth(ChoicesColumn, 220);
    m_ui->templateProblemLabel->clear();
    m_templateDirty = false;
}

SurveyTemplate SurveysDialog::editedTemplate() const
{
    SurveyTemplate t = m_editing;
    t.title = m_ui->titleEdit->text().trimmed();
    t.kind = m_ui->kindCombo->currentData().toString();
    t.satisfiedThreshold = m_ui->thresholdSpin->value();
    t.questions.clear();
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        SurveyQuestion q;
        q.id = m_questions->item(row, TextColumn)->data(QuestionIdRole).toLongLong();
        q.text = m_questions->item(row, TextColumn)->text().trimmed();
        q.answerType = m_questions->item(row, TypeColumn)->data(TypeRole).toString();
        q.choices = m_questions->item(row, ChoicesColumn)->text().trimmed();
        t.questions << q;
    }
    return t;
}

// Unsaved edits are not lost by a click elsewhere: save, discard or stay.
bool SurveysDialog::confirmLeavingTemplate()
{
    if (!m_templateDirty)
        return true;
    const auto answer = QMessageBox::question(this, windowTitle(), tr("Сохранить изменения анкеты «%1»?").arg(m_editing.title),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveTemplate();
        return !m_templateDirty;
    }
    m_templateDirty = false;
    return true;
}

void SurveysDialog::templateChosen()
{
    const int row = m_ui->templateList->currentRow();
    if (row < 0 || row >= m_templates.size() || m_templates.at(row).id == m_editing.id)
        return;
    if (!confirmLeavingTemplate()) {
        const QSignalBlocker block(m_ui->templateList);
        for (int i = 0; i < m_templates.size(); ++i)
            if (m_templates.at(i).id == m_editing.id)
                m_ui->templateList->setCurrentRow(i);
        return;
    }
    showTemplate(m_templates.at(row));
}

void SurveysDialog::newTemplate(bool copy)
{
    if (!confirmLeavingTemplate())
        return;
    SurveyTemplate t;
    if (copy) {
        t = editedTemplate();
        t.title = tr("%1 (копия)").arg(t.title);
        for (SurveyQuestion &q : t.questions)
            q.id = 0;
    } else {
        t.kind = QStringLiteral("curator");
        t.title = tr("Новая анкета");
        t.questions = {SurveyQuestion{0, tr("Оцените…"), QStringLiteral("scale"), {}}};
    }
    t.id = 0;
    showTemplate(t);
    m_templateDirty = true;
    m_ui->templateList->clearSelection();
    m_ui->titleEdit->setFocus();
    m_ui->titleEdit->selectAll();
}

void SurveysDialog::saveTemplate()
{
    const auto saved = SurveyService(*m_db).saveTemplate(editedTemplate());
    if (!saved) {
        m_ui->templateProblemLabel->setText(saved.error());
        return;
    }
    m_templateDirty = false;
    m_editing = saved.value();
    reload();
    emit templatesChanged();
}

void SurveysDialog::removeTemplate()
{
    if (m_editing.id == 0) {
        m_templateDirty = false;
        fillTemplateList(0);
        return;
    }
    if (QMessageBox::question(this, windowTitle(), tr("Удалить анкету «%1»?").arg(m_editing.title)) != QMessageBox::Yes)
        return;
    if (const Status s = SurveyService(*m_db).removeTemplate(m_editing.id); !s) {
        m_ui->templateProblemLabel->setText(s.error());
        return;
    }
    m_editing = {};
    m_templateDirty = false;
    reload();
    emit templatesChanged();
}

void SurveysDialog::moveQuestion(int by)
{
    const int row = m_ui->questionsTable->currentIndex().row();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_questions->rowCount())
        return;
    m_questions->insertRow(to, m_questions->takeRow(row));
    m_ui->questionsTable->setCurrentIndex(m_questions->index(to, TextColumn));
    m_templateDirty = true;
}

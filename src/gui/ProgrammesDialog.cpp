#include "gui/ProgrammesDialog.h"

#include "gui/DateField.h"
#include "storage/ReferenceRepository.h"
#include "ui_ProgrammesDialog.h"

#include <QStandardItemModel>

ProgrammesDialog::ProgrammesDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProgrammesDialog>()), m_programmes(db), m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->formCombo->addItem(tr("—"), 0);
    for (const MentoringForm &f : ReferenceRepository(db.connection()).forms())
        m_ui->formCombo->addItem(f.title, f.id);
    m_ui->programmeList->setModel(m_model);
    m_ui->splitter->setStretchFactor(1, 3);
    connect(m_ui->programmeList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const auto found = m_programmes.find(index.data(Qt::UserRole).toLongLong());
        if (found)
            show(found.value());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_ui->programmeList->clearSelection();
        show(Programme{});
        m_ui->titleEdit->setFocus();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProgrammesDialog::save);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProgrammesDialog::removeCurrent);
    reload(0);
}

ProgrammesDialog::~ProgrammesDialog() = default;

void ProgrammesDialog::reload(qint64 selectId)
{
    m_model->clear();
    for (const Programme &g : m_programmes.list()) {
        auto *item = new QStandardItem(g.title);
        item->setData(g.id, Qt::UserRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (!selectProgramme(selectId) && m_model->rowCount() > 0)
        m_ui->programmeList->setCurrentIndex(m_model->index(0, 0));
    else if (m_model->rowCount() == 0)
        show(Programme{});
}

bool ProgrammesDialog::selectProgramme(qint64 id)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(Qt::UserRole).toLongLong() == id) {
            m_ui->programmeList->setCurrentIndex(m_model->index(r, 0));
            return true;
        }
    return false;
}

void ProgrammesDialog::show(const Programme &g)
{
    m_currentId = g.id;
    m_ui->titleEdit->setText(g.title);
    m_ui->audienceEdit->setText(g.targetAudience);
    m_ui->fromEdit->setText(DateField::text(g.periodFrom));
    m_ui->toEdit->setText(DateField::text(g.periodTo));
    m_ui->formCombo->setCurrentIndex(std::max(0, m_ui->formCombo->findData(g.formId)));
    m_ui->goalsEdit->setPlainText(g.goals);
    m_ui->tasksEdit->setPlainText(g.tasks);
    m_ui->selectionEdit->setPlainText(g.mentorSelection);
    m_ui->trainingEdit->setPlainText(g.mentorTraining);
    m_ui->monitoringEdit->setPlainText(g.monitoring);
    m_ui->motivationEdit->setPlainText(g.motivation);
    m_ui->expectedEdit->setPlainText(g.expectedResults);
    m_ui->partnersEdit->setText(g.partners);
    m_ui->resultsEdit->setPlainText(g.actualResults);
    m_ui->linkEdit->setText(g.publicationLink);
    m_ui->pairsLabel->setText(g.id ? tr("Прикреплено пар и групп: %1").arg(g.pairCount) : tr("Новая программа"));
    m_ui->removeButton->setEnabled(g.id != 0);
    m_ui->problemLabel->clear();
}

Programme ProgrammesDialog::card() const
{
    Programme g;
    g.id = m_currentId;
    g.title = m_ui->titleEdit->text().trimmed();
    g.targetAudience = m_ui->audienceEdit->text().trimmed();
    g.periodFrom = DateField::read(m_ui->fromEdit);
    g.periodTo = DateField::read(m_ui->toEdit);
    g.formId = m_ui->formCombo->currentData().toLongLong();
    g.goals = m_ui->goalsEdit->toPlainText().trimmed();
    g.tasks = m_ui->tasksEdit->toPlainText().trimmed();
    g.mentorSelection = m_ui->selectionEdit->toPlainText().trimmed();
    g.mentorTraining = m_ui->trainingEdit->toPlainText().trimmed();
    g.monitoring = m_ui->monitoringEdit->toPlainText().trimmed();
    g.motivation = m_ui->motivationEdit->toPlainText().trimmed();
    g.expectedResults = m_ui->expectedEdit->toPlainText().trimmed();
    g.partners = m_ui->partnersEdit->text().trimmed();
    g.actualResults = m_ui->resultsEdit->toPlainText().trimmed();
    g.publicationLink = m_ui->linkEdit->text().trimmed();
    return g;
}

void ProgrammesDialog::save()
{
    QStringList errors;
    for (QLineEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        DateField::check(edit, tr("Дата"), errors);
    if (!errors.isEmpty()) {
        m_ui->problemLabel->setText(errors.first());
        return;
    }
    const Programme after = card();
    const auto before = after.id ? std::optional<Programme>(m_programmes.find(after.id).value()) : std::nullopt;
    const auto id = m_programmes.save(after);
    if (!id) {
        m_ui->problemLabel->setText(id.error());
        return;
    }
    Programme stored = m_programmes.find(id.value()).value();
    reload(stored.id);
    emit saved(before, stored);
}

void ProgrammesDialog::removeCurrent()
{
    const auto found = m_programmes.find(m_currentId);
    if (!found)
        return;
    if (const Status s = m_programmes.remove(m_currentId); !s) {
        m_ui->problemLabel->setText(s.error());
        return;
    }
    reload(0);
    emit removed(found.value());
}

#include "gui/AchievementsDialog.h"

#include "gui/DateField.h"
#include "ui_AchievementsDialog.h"

#include <QHeaderView>
#include <QStandardItemModel>

AchievementsDialog::AchievementsDialog(DatabasePtr db, const Person &person, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AchievementsDialog>()), m_people(std::move(db)), m_person(person),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->personLabel->setText(person.fullName());
    for (const QString &kind : Achievements::kinds())
        m_ui->kindCombo->addItem(Achievements::kindTitle(kind), kind);
    m_ui->levelCombo->addItem(tr("—"), QString());
    for (const QString &level : Achievements::levels())
        m_ui->levelCombo->addItem(Achievements::levelTitle(level), level);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AchievementsDialog::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AchievementsDialog::removeSelected);
    reload();
}

AchievementsDialog::~AchievementsDialog() = default;

void AchievementsDialog::reload()
{
    m_list = m_people.achievementsOf(m_person.id);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Дата"), tr("Вид"), tr("Уровень"), tr("Название")});
    for (const Achievement &a : m_list) {
        auto *date = new QStandardItem(DateField::text(a.achievedOn));
        date->setData(a.achievedOn, Qt::UserRole); // sorts by the date, not its text
        date->setData(a.id, Qt::UserRole + 1);
        m_model->appendRow({date, new QStandardItem(Achievements::kindTitle(a.kind)), new QStandardItem(Achievements::levelTitle(a.level)),
                            new QStandardItem(a.title)});
    }
    m_model->setSortRole(Qt::UserRole);
    m_ui->table->resizeColumnsToContents();
    m_ui->removeButton->setEnabled(!m_list.isEmpty());
}

void AchievementsDialog::add()
{
    Achievement a;
    a.personId = m_person.id;
    a.kind = m_ui->kindCombo->currentData().toString();
    a.level = m_ui->levelCombo->currentData().toString();
    a.title = m_ui->titleEdit->text().trimmed();
    QStringList errors;
    DateField::check(m_ui->dateEdit, tr("Дата"), errors);
    if (!errors.isEmpty()) {
        m_ui->problemLabel->setText(errors.first());
        return;
    }
    a.achievedOn = DateField::read(m_ui->dateEdit);
    const auto id = m_people.addAchievement(a);
    if (!id) {
        m_ui->problemLabel->setText(id.error());
        return;
    }
    a.id = id.value();
    m_ui->problemLabel->clear();
    m_ui->titleEdit->clear();
    reload();
    emit added(a);
}

void AchievementsDialog::removeSelected()
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->index(current.row(), 0).data(Qt::UserRole + 1).toLongLong();
    const auto found = std::find_if(m_list.begin(), m_list.end(), [id](const Achievement &a) { return a.id == id; });
    if (found == m_list.end())
        return;
    const Achievement a = *found;
    if (const Status s = m_people.removeAchievement(a); !s) {
        m_ui->problemLabel->setText(s.error());
        return;
    }
    reload();
    emit removed(a);
}

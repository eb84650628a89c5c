#include "gui/AuditLogDialog.h"

#include "storage/AuditRepository.h"
#include "ui_AuditLogDialog.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {
const int kLimit = 10000; // the newest entries; older ones stay in the file

QString entityTitle(const QString &code)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("AuditLogDialog", "участник")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("AuditLogDialog", "организация-партнёр")},
        {QStringLiteral("mentoring_pair"), QT_TRANSLATE_NOOP("AuditLogDialog", "пара/группа")},
        {QStringLiteral("mentoring_order"), QT_TRANSLATE_NOOP("AuditLogDialog", "приказ")},
        {QStringLiteral("matching_run"), QT_TRANSLATE_NOOP("AuditLogDialog", "протокол подбора")},
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("AuditLogDialog", "программа")},
        {QStringLiteral("roadmap"), QT_TRANSLATE_NOOP("AuditLogDialog", "дорожная карта")},
        {QStringLiteral("roadmap_item"), QT_TRANSLATE_NOOP("AuditLogDialog", "мероприятие дорожной карты")},
        {QStringLiteral("kpi_target"), QT_TRANSLATE_NOOP("AuditLogDialog", "цель показателя")},
        {QStringLiteral("contingent"), QT_TRANSLATE_NOOP("AuditLogDialog", "контингент")},
        {QStringLiteral("questionnaire_import"), QT_TRANSLATE_NOOP("AuditLogDialog", "импорт анкет")},
        {QStringLiteral("mentee_profile"), QT_TRANSLATE_NOOP("AuditLogDialog", "анкета наставляемого")},
        {QStringLiteral("mentor_profile"), QT_TRANSLATE_NOOP("AuditLogDialog", "анкета наставника")}};
    const auto it = titles.constFind(code);
    return it == titles.constEnd() ? code : QCoreApplication::translate("AuditLogDialog", *it);
}

QString actionTitle(const QString &code)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditLogDialog", "создание")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditLogDialog", "изменение")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("AuditLogDialog", "удаление")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("AuditLogDialog", "в архив")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditLogDialog", "из архива")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("AuditLogDialog", "утверждение")},
        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("AuditLogDialog", "издание")},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("AuditLogDialog", "отмена издания")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("AuditLogDialog", "завершение")},
        {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("AuditLogDialog", "возобновление")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("AuditLogDialog", "индивидуальный план")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("AuditLogDialog", "встреча")},
        {QStringLiteral("meeting_added"), QT_TRANSLATE_NOOP("AuditLogDialog", "новая встреча")},
        {QStringLiteral("meetings_planned"), QT_TRANSLATE_NOOP("AuditLogDialog", "планирование встреч")},
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("AuditLogDialog", "программа")},
        {QStringLiteral("achievement"), QT_TRANSLATE_NOOP("AuditLogDialog", "достижение")},
        {QStringLiteral("achievement_removed"), QT_TRANSLATE_NOOP("AuditLogDialog", "удаление достижения")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditLogDialog", "импорт")}};
    const auto it = titles.constFind(code);
    return it == titles.constEnd() ? code : QCoreApplication::translate("AuditLogDialog", *it);
}

// The details the services write as codes, in words: «pairs=62» is «пар: 62». Other details
// (the fields changed, a KPI's code) are shown as written.
QString detailsText(const QString &details)
{
    if (details == QLatin1String("matching_run"))
        return QCoreApplication::translate("AuditLogDialog", "по протоколу подбора");
    static const QRegularExpression counted(QStringLiteral("^(pairs|count)=(\\d+)$"));
    if (const auto m = counted.match(details); m.hasMatch())
        return (m.captured(1) == QLatin1String("pairs") ? QCoreApplication::translate("AuditLogDialog", "пар: %1")
                                                         : QCoreApplication::translate("AuditLogDialog", "встреч: %1"))
            .arg(m.captured(2));
    return details;
}
} // namespace

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditLogDialog>()), m_db(db), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->entityCombo->addItem(tr("все"), QString());
    for (const QString &entity : AuditRepository(db.connection()).entities())
        m_ui->entityCombo->addItem(entityTitle(entity), entity);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->entityCombo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_ui->countLabel->setText(tr("Записей: %1").arg(m_proxy->rowCount()));
    });
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

int AuditLogDialog::shownRows() const { return m_proxy->rowCount(); }

void AuditLogDialog::setEntity(const QString &entity)
{
    m_ui->entityCombo->setCurrentIndex(std::max(0, m_ui->entityCombo->findData(entity)));
}

void AuditLogDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Когда"), tr("Кто"), tr("Запись"), tr("№"), tr("Действие"), tr("Что изменено")});
    const auto item = [](const QString &text, const QVariant &sortKey) {
        auto *i = new QStandardItem(text);
        i->setData(sortKey, Qt::UserRole);
        return i;
    };
    for (const AuditEntry &e : AuditRepository(m_db.connection()).latest(m_ui->entityCombo->currentData().toString(), kLimit)) {
        const QString when = e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        const QString details = detailsText(e.details);
        m_model->appendRow({item(when, e.at), item(e.userName, e.userName), item(entityTitle(e.entity), entityTitle(e.entity)),
                            item(e.entityId ? QString::number(e.entityId) : QString(), e.entityId), item(actionTitle(e.action), actionTitle(e.action)),
                            item(details, details)});
    }
    m_ui->table->sortByColumn(0, Qt::DescendingOrder);
    m_ui->table->resizeColumnsToContents();
    m_ui->countLabel->setText(tr("Записей: %1").arg(m_proxy->rowCount()));
}

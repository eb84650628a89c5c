#include "gui/ReportsDialog.h"

#include "domain/AcademicYear.h"
#include "domain/RoadmapItem.h"
#include "services/KpiService.h"
#include "services/RegistryService.h"
#include "services/ReportCatalogue.h"
#include "services/RoadmapService.h"
#include "services/StatsService.h"
#include "gui/OrderTemplateDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QtConcurrent>

namespace {
// What the screen says of each report of the catalogue.
struct ReportInfo
{
    const char *code;
    const char *title;
    const char *about;
    const char *fileName;
};

const ReportInfo kReports[] = {
    {"mentees", QT_TRANSLATE_NOOP("ReportsDialog", "База наставляемых"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Наставляемые учебного года в столбцах целевой модели: ФИО, контакты, класс, запрос, "
                                        "наставник, форма, даты. Содержит персональные данные."),
     QT_TRANSLATE_NOOP("ReportsDialog", "База наставляемых")},
    {"mentors", QT_TRANSLATE_NOOP("ReportsDialog", "База наставников"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Наставники учебного года: ФИО, контакты, место работы, компетенции, наставляемые, "
                                        "форма, даты. Содержит персональные данные."),
     QT_TRANSLATE_NOOP("ReportsDialog", "База наставников")},
    {"kpi", QT_TRANSLATE_NOOP("ReportsDialog", "Показатели эффективности"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Показатели года против целей, с диаграммой, и их значения по годам. Только числа."),
     QT_TRANSLATE_NOOP("ReportsDialog", "Показатели")},
    {"roadmap", QT_TRANSLATE_NOOP("ReportsDialog", "Состояние дорожной карты"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Мероприятия по разделам, просроченные выделены; сводки по разделам и ответственным."),
     QT_TRANSLATE_NOOP("ReportsDialog", "Дорожная карта")},
    {"stats", QT_TRANSLATE_NOOP("ReportsDialog", "Статистика участников"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Участники по ролям и категориям, пары и группы по формам, выполнение планов, "
                                        "удовлетворённость — по шаблону, который можно изменить или загрузить из файла. Только числа."),
     QT_TRANSLATE_NOOP("ReportsDialog", "Статистика участников")},
};

QString trReport(const char *text) { return QCoreApplication::translate("ReportsDialog", text); }

const ReportCatalogue::Report &catalogued(int row) { return *ReportCatalogue::find(QLatin1String(kReports[row].code)); }

// The report is written on a worker thread, on a read-only connection of its own.
QString writeReport(const QString &storePath, ReportCatalogue::Writer write, const ReportCatalogue::Request &request, const QString &path)
{
    auto opened = Database::openReadOnly(storePath);
    if (!opened)
        return opened.error();
    const Status written = write(opened.value(), request, path);
    return written ? QString() : written.error();
}
}

ReportsDialog::ReportsDialog(DatabasePtr db, const QList<int> &years, int currentYear, QWidget *parent)
    : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Отчёты в Excel"));
    m_reports = new QListWidget(this);
    m_reports->setAccessibleName(tr("Отчёты"));
    for (const ReportInfo &r : kReports)
        m_reports->addItem(trReport(r.title));
    m_reports->setMaximumWidth(220);

    m_year = new QComboBox(this);
    for (int y : years)
        m_year->addItem(AcademicYear(y).title(), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(currentYear)));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_preview = new QStandardItemModel(this);
    auto *table = new QTableView(this);
    table->setModel(m_preview);
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setAccessibleName(tr("Предпросмотр отчёта"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Учебный год:"), m_year);
    form->addRow(tr("&Дата отчёта:"), m_date);
    auto *right = new QVBoxLayout;
    right->addWidget(m_about);
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Что войдёт в отчёт:"), this));
    right->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Сохранить в Excel…"), QDialogButtonBox::ActionRole);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ReportsDialog::saveReport);
    m_templateButton = buttons->addButton(tr("&Шаблон статистики…"), QDialogButtonBox::ActionRole);
    m_templateButton->setObjectName(QStringLiteral("statsTemplateButton"));
    m_templateButton->setEnabled(!m_db->isReadOnly());
    connect(m_templateButton, &QPushButton::clicked, this, &ReportsDialog::editStatsTemplate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_reports);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsDialog::refreshPreview);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ReportsDialog::refreshPreview);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsDialog::refreshPreview);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, &ReportsDialog::exportFinished);
    m_reports->setCurrentRow(0);
}

ReportsDialog::~ReportsDialog()
{
    m_export.waitForFinished(); // a report being written is not cut off
}

void ReportsDialog::selectReport(int row) { m_reports->setCurrentRow(row); }

int ReportsDialog::year() const { return m_year->currentData().toInt(); }

void ReportsDialog::refreshPreview()
{
    const int row = m_reports->currentRow();
    if (row < 0)
        return;
    const QLatin1String code(kReports[row].code);
    const bool kpi = code == QLatin1String("kpi");
    m_about->setText(trReport(kReports[row].about));
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels(kpi ? QStringList{tr("Показатель"), tr("Значение"), tr("Цель")}
                                                  : QStringList{tr("Показатель"), tr("Значение")});
    const auto add = [this](const QString &name, const QString &value, const QString &target = QString()) {
        QList<QStandardItem *> cells{new QStandardItem(name), new QStandardItem(value)};
        if (!target.isEmpty())
            cells << new QStandardItem(target);
        m_preview->appendRow(cells);
    };
    const QDate today = m_date->date();
    m_templateButton->setVisible(code == QLatin1String("stats"));
    if (code == QLatin1String("stats")) {
        const auto figures = StatsService(m_db).compute(year());
        if (!figures) {
            add(tr("Шаблон с ошибкой"), figures.error());
            return;
        }
        for (const StatsTemplate::Figure &f : *figures)
            add(f.label, f.section ? QString()
                         : f.share ? tr("%1 (%2 из %3)").arg(shareText(f.percent)).arg(f.count).arg(f.denominator)
                                   : QString::number(f.count));
    } else if (catalogued(row).personal) {
        const RegistryKind kind = code == QLatin1String("mentees") ? RegistryKind::Mentees : RegistryKind::Mentors;
        const RegistryTable table = RegistryService(m_db).load(kind, year(), today);
        add(tr("Строк в базе"), QString::number(table.records.size()));
        add(tr("Персональные данные"), tr("да: в имени файла «(ПДн)», файл доступен только вам"));
    } else if (kpi) {
        for (const KpiRow &k : KpiService(m_db).compute(year()))
            add(k.definition.name, tr("%1 (%2 из %3)").arg(shareText(k.value.percent())).arg(k.value.numerator).arg(k.value.denominator),
                k.target ? QStringLiteral("%1 %").arg(*k.target) : QString());
    } else {
        const QList<RoadmapItem> items = RoadmapService(m_db).items(year());
        const auto countOf = [&](auto test) { return QString::number(std::count_if(items.begin(), items.end(), test)); };
        add(tr("Мероприятий"), QString::number(items.size()));
        add(tr("Выполнено"), countOf([](const RoadmapItem &i) { return i.status == RoadmapStatus::Done; }));
        add(tr("В работе"), countOf([](const RoadmapItem &i) { return i.status == RoadmapStatus::InProgress; }));
        add(tr("Просрочено на дату отчёта"), countOf([&](const RoadmapItem &i) { return i.isOverdueOn(today); }));
    }
}

// The statistics template, edited with its mistakes shown as the curator types; saved in the store.
void ReportsDialog::editStatsTemplate()
{
    StatsService stats(m_db);
    const QList<QPair<QString, QString>> help{
        {QStringLiteral("section"), tr("заголовок раздела")},
        {QStringLiteral("id"), tr("имя строки, чтобы на неё сослалась доля")},
        {QStringLiteral("label"), tr("подпись строки")},
        {QStringLiteral("count"), tr("что считать: participants, people, pairs, groups, pairs_formed, groups_formed, plan_items, "
                                     "plan_items_done, respondents, satisfied, partner_organisations")},
        {QStringLiteral("role"), tr("mentee или mentor")},
        {QStringLiteral("category"), tr("pupil, teacher, young_teacher, parent, graduate, student, employer")},
        {QStringLiteral("age"), tr("возраст на конец периода, например 10-19")},
        {QStringLiteral("ovz"), tr("true — только обучающиеся с ОВЗ")},
        {QStringLiteral("form"), tr("код формы наставничества")},
        {QStringLiteral("share"), tr("доля: [\"id числителя\", \"id знаменателя\"]")}};
    OrderTemplateDialog dialog(QString::fromUtf8(stats.templateText()), QString::fromUtf8(StatsService::shippedTemplate()), help,
                               [&stats](const QString &text) {
                                   const auto checked = stats.check(text.toUtf8());
                                   return checked ? Status() : Status::failure(checked.error());
                               },
                               this);
    dialog.setDocumentKind(tr("Шаблон статистики участников"), tr("Шаблоны JSON (*.json)"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = stats.saveTemplate(dialog.text().toUtf8()); !saved)
        QMessageBox::warning(this, tr("Шаблон статистики"), saved.error());
    refreshPreview();
}

void ReportsDialog::saveReport()
{
    const ReportInfo &info = kReports[m_reports->currentRow()];
    const ReportCatalogue::Report &report = catalogued(m_reports->currentRow());
    if (report.personal
        && QMessageBox::warning(this, tr("Персональные данные"),
                                tr("«%1» содержит персональные данные участников, в том числе несовершеннолетних. Файл "
                                   "будет доступен только вам; храните его в защищённом месте и передавайте лишь тем, "
                                   "кому это разрешено. Продолжить?")
                                    .arg(trReport(info.title)),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    const QString name = ReportCatalogue::targetPath(
        report, QStringLiteral("%1 %2.xlsx").arg(trReport(info.fileName), AcademicYear(year()).title()));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Сохранить отчёт"), QDir(folder).filePath(name), tr("Книга Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportTo(ReportCatalogue::targetPath(report, path)); // the user may have renamed it
    m_progress = new QProgressDialog(tr("Отчёт сохраняется…"), tr("Отменить"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
}

void ReportsDialog::exportTo(const QString &path)
{
    m_export.waitForFinished();
    m_cancelled = false;
    m_exportPath = path;
    const ReportCatalogue::Report &report = catalogued(m_reports->currentRow());
    m_export.setFuture(QtConcurrent::run(writeReport, m_db->path(), report.write,
                                        ReportCatalogue::Request{year(), m_date->date(), std::nullopt, {}}, path));
}

void ReportsDialog::exportFinished()
{
    QString error = m_export.result();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    // The writer cannot be stopped half-way without a half file; a cancelled report is removed whole.
    if (m_cancelled && error.isEmpty()) {
        QFile::remove(m_exportPath);
        error = tr("Сохранение отменено, файл не создан.");
    }
    emit exported(m_exportPath, error);
    if (!isVisible())
        return;
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Отчёт"), error);
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Отчёт сохранён"), tr("Отчёт сохранён: %1").arg(m_exportPath),
                     QMessageBox::Close, this);
    QPushButton *open = done.addButton(tr("Открыть папку"), QMessageBox::AcceptRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exportPath).absolutePath()));
}

#include "gui/ReportsDialog.h"

#include "domain/AcademicYear.h"
#include "services/BankColumnSets.h"
#include "services/DocumentPdf.h"
#include "services/ReportCatalogue.h"
#include "services/StatsService.h"
#include "gui/BankColumnsDialog.h"
#include "gui/OrderTemplateDialog.h"
#include "gui/ReportsPreview.h"

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
#include <QSettings>
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
    {"analytic", QT_TRANSLATE_NOOP("ReportsDialog", "Аналитический отчёт"),
     QT_TRANSLATE_NOOP("ReportsDialog", "Отчёт за период — к декабрю или к апрелю: показатели против целей, пары и группы по формам, "
                                        "планы, встречи, удовлетворённость, наставляемые без наставника и выводы текстом. Книга "
                                        "Excel или документ PDF. Только числа."),
     QT_TRANSLATE_NOOP("ReportsDialog", "Аналитический отчёт")},
};

QString trReport(const char *text) { return QCoreApplication::translate("ReportsDialog", text); }

const ReportCatalogue::Report &catalogued(int row) { return *ReportCatalogue::find(QLatin1String(kReports[row].code)); }

// The report is written on a worker thread, on a read-only connection of its own.
QString writeReport(const StoreAddress &store, ReportCatalogue::Writer write, ReportCatalogue::Request request, const QString &path,
                    std::shared_ptr<ReportsDialog::ExportState> state)
{
    request.progress = [state](qint64 done, qint64 total) {
        state->done = done;
        state->total = total;
        return !state->cancelled;
    };
    auto opened = store.openReadOnly();
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
    m_reports->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reports->setFixedWidth(m_reports->sizeHintForColumn(0) + 2 * m_reports->frameWidth() + 12);

    m_year = new QComboBox(this);
    for (int y : years)
        m_year->addItem(AcademicYear(y).title(), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(currentYear)));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_periodChoice = new QComboBox(this);
    m_periodChoice->addItems({tr("Весь учебный год"), tr("С 1 сентября по 31 декабря (отчёт в декабре)"),
                              tr("С 1 сентября по 30 апреля (отчёт в апреле)"), tr("Свой период")});
    m_periodChoice->setAccessibleName(tr("Период отчёта"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_from->setAccessibleName(tr("Начало периода"));
    m_to->setAccessibleName(tr("Конец периода"));
    m_periodRow = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(m_periodRow);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_periodChoice, 1);
    periodLayout->addWidget(new QLabel(tr("с"), m_periodRow));
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("по"), m_periodRow));
    periodLayout->addWidget(m_to);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_preview = new QStandardItemModel(this);
    auto *table = new QTableView(this);
    table->setWordWrap(true);
    table->setModel(m_preview);
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // the summary's paragraphs whole
    table->setAccessibleName(tr("Предпросмотр отчёта"));

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("&Учебный год:"), m_year);
    form->addRow(tr("&Дата отчёта:"), m_date);
    form->addRow(tr("&Период:"), m_periodRow);
    auto *right = new QVBoxLayout;
    right->addWidget(m_about);
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Что войдёт в отчёт:"), this));
    right->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Сохранить…"), QDialogButtonBox::ActionRole);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ReportsDialog::saveReport);
    m_templateButton = buttons->addButton(tr("&Шаблон статистики…"), QDialogButtonBox::ActionRole);
    m_templateButton->setObjectName(QStringLiteral("statsTemplateButton"));
    m_templateButton->setEnabled(!m_db->isReadOnly());
    connect(m_templateButton, &QPushButton::clicked, this, &ReportsDialog::editStatsTemplate);
    m_columnsButton = buttons->addButton(tr("С&толбцы…"), QDialogButtonBox::ActionRole);
    m_columnsButton->setObjectName(QStringLiteral("bankColumnsButton"));
    m_columnsButton->setEnabled(!m_db->isReadOnly());
    connect(m_columnsButton, &QPushButton::clicked, this, &ReportsDialog::editColumns);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_reports);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsDialog::refreshPreview);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ReportsDialog::periodChosen);
    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &ReportsDialog::periodChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsDialog::refreshPreview);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsDialog::refreshPreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsDialog::refreshPreview);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, &ReportsDialog::exportFinished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportsDialog::showProgress);
    // The report and period chosen last time: the curator comes back for the same one.
    const QSettings settings;
    m_periodChoice->setCurrentIndex(std::clamp(settings.value(QStringLiteral("reports/period"), 0).toInt(), 0, 2));
    periodChosen();
    m_reports->setCurrentRow(std::clamp(settings.value(QStringLiteral("reports/report"), 0).toInt(), 0, int(std::size(kReports)) - 1));
    connect(m_reports, &QListWidget::currentRowChanged, this, [](int row) { QSettings().setValue(QStringLiteral("reports/report"), row); });
    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, [](int choice) {
        if (choice < 3) // own dates belong to the one report they were typed for
            QSettings().setValue(QStringLiteral("reports/period"), choice);
    });
}

ReportsDialog::~ReportsDialog()
{
    m_export.waitForFinished(); // a report being written is not cut off
}

void ReportsDialog::selectReport(int row) { m_reports->setCurrentRow(row); }

int ReportsDialog::year() const { return m_year->currentData().toInt(); }

QString ReportsDialog::code() const
{
    const int row = m_reports->currentRow();
    return row < 0 ? QString() : QLatin1String(kReports[row].code);
}

void ReportsDialog::setPeriod(int choice, const QDate &from, const QDate &to)
{
    m_periodChoice->setCurrentIndex(choice);
    if (choice == 3) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
}

std::optional<Kpi::Period> ReportsDialog::period() const
{
    if (m_periodChoice->currentIndex() == 0)
        return std::nullopt;
    return Kpi::Period{m_from->date(), m_to->date()};
}

// A choice of period places its dates in the chosen school year; «Свой период» keeps what was typed.
void ReportsDialog::periodChosen()
{
    const AcademicYear y(year());
    const int choice = m_periodChoice->currentIndex();
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDateRange(y.firstDay().addYears(-10), y.lastDay().addYears(10));
    m_to->setDateRange(y.firstDay().addYears(-10), y.lastDay().addYears(10));
    if (choice != 3) {
        m_from->setDate(y.firstDay());
        m_to->setDate(choice == 1 ? QDate(y.startYear(), 12, 31) : choice == 2 ? QDate(y.startYear() + 1, 4, 30) : y.lastDay());
    }
    m_from->setEnabled(choice == 3);
    m_to->setEnabled(choice == 3);
    refreshPreview();
}

void ReportsDialog::refreshPreview()
{
    const int row = m_reports->currentRow();
    if (row < 0)
        return;
    const ReportCatalogue::Report &report = catalogued(row);
    m_about->setText(trReport(kReports[row].about));
    m_templateButton->setVisible(report.code == QLatin1String("stats"));
    m_columnsButton->setVisible(report.personal);
    m_form->setRowVisible(m_periodRow, report.periodic);
    if (report.periodic && m_from->date() > m_to->date()) {
        m_preview->clear();
        m_preview->appendRow(new QStandardItem(tr("Период начинается позже, чем заканчивается.")));
        return;
    }
    ReportsPreview::fill(m_preview, m_db, {report.code, year(), m_date->date(), report.periodic ? period() : std::nullopt});
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

// The bank's column set, chosen and saved in the store for every later export.
void ReportsDialog::editColumns()
{
    const MemberRole bank = code() == QLatin1String("mentees") ? MemberRole::Mentee : MemberRole::Mentor;
    BankColumnSets sets(m_db);
    BankColumnsDialog dialog(bank, sets.columns(bank), BankColumns::parse(BankColumnSets::shipped(bank), bank).value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = sets.save(bank, BankColumns::toJson(dialog.columns().value(), bank)); !saved)
        QMessageBox::warning(this, dialog.windowTitle(), saved.error());
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
    if (report.periodic && m_from->date() > m_to->date()) {
        QMessageBox::warning(this, tr("Отчёт"), tr("Период начинается позже, чем заканчивается."));
        return;
    }
    const QString name = ReportCatalogue::targetPath(
        report, QStringLiteral("%1 %2.xlsx").arg(trReport(info.fileName), AcademicYear(year()).title()));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString excel = tr("Книга Excel (*.xlsx)"), pdf = tr("Документ PDF (*.pdf)");
    QString filter = excel;
    QString path = QFileDialog::getSaveFileName(this, tr("Сохранить отчёт"), QDir(folder).filePath(name),
                                                report.pdf ? excel + QStringLiteral(";;") + pdf : excel, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = report.pdf && (filter == pdf || DocumentPdf::isPdf(path)) ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(ReportCatalogue::targetPath(report, path)); // the user may have renamed it
    m_progress = new QProgressDialog(tr("Отчёт сохраняется…"), tr("Отменить"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportsDialog::cancelExport);
}

void ReportsDialog::exportTo(const QString &path)
{
    m_export.waitForFinished();
    m_exportState = std::make_shared<ExportState>();
    m_exportPath = path;
    const ReportCatalogue::Report &report = catalogued(m_reports->currentRow());
    ReportCatalogue::Request request;
    request.startYear = year();
    request.reportDate = m_date->date();
    request.period = report.periodic ? period() : std::nullopt;
    m_export.setFuture(QtConcurrent::run(writeReport, m_db->address(), report.write, request, path, m_exportState));
    m_progressTimer.start();
}

// The worker's count of rows, shown on the GUI thread; a report without one keeps a busy bar.
void ReportsDialog::showProgress()
{
    if (!m_progress || m_exportState->total <= 0)
        return;
    m_progress->setMaximum(int(std::min<qint64>(m_exportState->total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(m_exportState->done, m_exportState->total)));
}

void ReportsDialog::exportFinished()
{
    QString error = m_export.result();
    m_progressTimer.stop();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    // A report written in a moment may finish before it hears of the cancel: then it is removed whole.
    if (m_exportState->cancelled && error.isEmpty()) {
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

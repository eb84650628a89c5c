#pragma once
#include "domain/Kpi.h"
#include "storage/Database.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;

// Reports to Excel: each report with its parameters (school year, report date, the period of the
// statistics and the analytic report) and a preview of its figures; saved in the background with
// a progress bar and a cancel, then the folder offered. A report that holds personal data warns
// before it is saved and says so in the file name; the banks' columns are chosen here too.
class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsDialog(DatabasePtr db, const QList<int> &years, int currentYear, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    // Rows of the list: mentees, mentors, kpi, roadmap, stats, analytic.
    void selectReport(int row);
    // The preview's figures, for tests: «Показатель» → «Значение».
    const QStandardItemModel *preview() const { return m_preview; }
    // The period of the reports that take one: the school year (0), to December (1), to April (2), own dates (3).
    void setPeriod(int choice, const QDate &from = {}, const QDate &to = {});
    std::optional<Kpi::Period> period() const;
    // Writes the chosen report to `path` in the background; the result arrives in exported().
    void exportTo(const QString &path);
    void cancelExport() { m_exportState->cancelled = true; }
    bool isExporting() const { return m_export.isRunning(); }

    // Shared with the worker that writes a report: how far it got, and whether the user cancelled.
    struct ExportState
    {
        std::atomic<qint64> done{0}, total{0};
        std::atomic<bool> cancelled{false};
    };

signals:
    void exported(const QString &path, const QString &error);

private:
    void refreshPreview();
    void periodChosen();
    void saveReport();
    void editStatsTemplate();
    void editColumns();
    void showProgress();
    void exportFinished();
    int year() const;
    QString code() const;

    DatabasePtr m_db;
    QListWidget *m_reports = nullptr;
    QComboBox *m_year = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_periodChoice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_periodRow = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_about = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QProgressDialog *m_progress = nullptr;
    QPushButton *m_templateButton = nullptr;
    QPushButton *m_columnsButton = nullptr;
    QFutureWatcher<QString> m_export;
    QTimer m_progressTimer;
    std::shared_ptr<ExportState> m_exportState = std::make_shared<ExportState>();
    QString m_exportPath;
};

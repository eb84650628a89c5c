#pragma once
#include "storage/Database.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;

// Reports to Excel: each report with its parameters (school year, report date) and a preview of
// its figures; saved in the background with a cancel, then the folder offered. A report that holds
// personal data warns before it is saved and says so in the file name.
class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsDialog(DatabasePtr db, const QList<int> &years, int currentYear, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    void selectReport(int row);
    // The preview's figures, for tests: «Показатель» → «Значение».
    const QStandardItemModel *preview() const { return m_preview; }
    // Writes the chosen report to `path` in the background; the result arrives in finished().
    void exportTo(const QString &path);
    bool isExporting() const { return m_export.isRunning(); }

signals:
    void exported(const QString &path, const QString &error);

private:
    void refreshPreview();
    void saveReport();
    void editStatsTemplate();
    void exportFinished();
    int year() const;

    DatabasePtr m_db;
    QListWidget *m_reports = nullptr;
    QComboBox *m_year = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_about = nullptr;
    QStandardItemModel *m_preview = nullptr;
    QProgressDialog *m_progress = nullptr;
    QPushButton *m_templateButton = nullptr;
    QFutureWatcher<QString> m_export;
    QString m_exportPath;
    bool m_cancelled = false;
};

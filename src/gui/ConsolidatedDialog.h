#pragma once
#include "services/Consolidation.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class FoldedSearchFilter;

// «Сводка по школам»: the coordinator's view of the municipality. Every school's KPIs and statistics
// of participants side by side with the total — worked out from the added counts, never averaged —
// sortable by any school, searchable, and saved to Excel with a sheet per school.
class ConsolidatedDialog : public QDialog
{
    Q_OBJECT

public:
    ConsolidatedDialog(DatabasePtr db, QWidget *parent = nullptr);
    ~ConsolidatedDialog() override;

    void setYear(int startYear);
    const QStandardItemModel *model() const { return m_model; }
    // Writes the workbook; the reason when it could not.
    Status exportTo(const QString &path) const;

private:
    void recompute();
    void fill();
    void exportToExcel();

    DatabasePtr m_db;
    QComboBox *m_year = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    FoldedSearchFilter *m_filter = nullptr;
    std::optional<Consolidated> m_data;
};

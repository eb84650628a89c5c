#pragma once
#include "services/Consolidation.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class FoldedSearchFilter;

// «Сводка по школам»: the coordinator's view of the municipality. Every school's KPIs and statistics
// of participants side by side with the total — worked out from the added counts, never averaged —
// and the municipal roadmap with the schools' items; sortable, searchable, saved to Excel.
class ConsolidatedDialog : public QDialog
{
    Q_OBJECT

public:
    ConsolidatedDialog(DatabasePtr db, QWidget *parent = nullptr);
    ~ConsolidatedDialog() override;

    void setYear(int startYear);
    const QStandardItemModel *model() const { return m_model; }
    const QStandardItemModel *roadmapModel() const { return m_roadmapModel; }
    // Writes the workbook; the reason when it could not.
    Status exportTo(const QString &path) const;

private:
    void recompute();
    void fill();
    void fillRoadmaps();
    QTableView *makeTable(FoldedSearchFilter *filter, const QString &name);
    void exportToExcel();

    DatabasePtr m_db;
    QComboBox *m_year = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    FoldedSearchFilter *m_filter = nullptr;
    QStandardItemModel *m_roadmapModel = nullptr;
    FoldedSearchFilter *m_roadmapFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::optional<Consolidated> m_data;
};

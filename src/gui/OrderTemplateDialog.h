#pragma once
#include "domain/Result.h"

#include <QDialog>
#include <QPair>
#include <functional>
#include <memory>

namespace Ui { class OrderTemplateDialog; }

// Шаблон приказа (or of the statistics): the template's text beside the list of its fields; a mistake (an unknown
// field, an unclosed block) is shown with its line as the curator types and blocks saving.
class OrderTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    using Checker = std::function<Status(const QString &)>;
    OrderTemplateDialog(const QString &text, const QString &builtIn, const QList<QPair<QString, QString>> &fields,
                        Checker check, QWidget *parent = nullptr);
    ~OrderTemplateDialog() override;
    QString text() const;
    void setText(const QString &text);
    // The same editor for another kind of template: its window title and the files it loads.
    void setDocumentKind(const QString &title, const QString &fileFilter);

private:
    void recheck();
    void loadFile();
    std::unique_ptr<Ui::OrderTemplateDialog> m_ui;
    Checker m_check;
    QString m_fileFilter;
};

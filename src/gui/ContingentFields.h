#pragma once
#include <QMap>
#include <QString>

class QFormLayout;
class QSpinBox;
class QWidget;

// The population counts of a school year (KpiService::contingentCodes()), a spin box each in a form,
// for the targets dialog and the first run. The lowest value of a box, «по данным», means "not set":
// the KPI counts that part from the data.
class ContingentFields
{
public:
    ContingentFields(QFormLayout *layout, QWidget *parent);

    void setValues(const QMap<QString, int> &contingent);
    QMap<QString, int> values() const;
    QSpinBox *box(const QString &code) const { return m_boxes.value(code); }

private:
    QMap<QString, QSpinBox *> m_boxes;
};

// The system's dark palette: our own colours turn dark with it, so light text stays readable on them.
#include "gui/LightColours.h"

#include <QApplication>
#include <QPalette>
#include <catch2/catch.hpp>

namespace {
// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}

TEST_CASE("the cells and warnings stay readable in the light and the dark palette", "[gui]")
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &palette : {light, dark}) {
        QApplication::setPalette(palette);
        INFO((palette.color(QPalette::Base) == Qt::white ? "light" : "dark"));
        for (RoadmapLight l : {RoadmapLight::Done, RoadmapLight::OnTrack, RoadmapLight::AtRisk, RoadmapLight::Overdue,
                               RoadmapLight::Unscheduled})
            CHECK(contrast(paleLightColour(l), palette.color(QPalette::Text)) >= 4.5);
        CHECK(contrast(warningTextColour(), palette.color(QPalette::Base)) >= 4.5);
    }
    QApplication::setPalette(original);
}

#include "gui/SvgIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <catch2/catch.hpp>

namespace {
int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}
}

TEST_CASE("an SVG icon is drawn at every size asked, sharp, and greyed when disabled")
{
    const QIcon icon = svgIcon(QStringLiteral(":/icons/add.svg"));
    REQUIRE_FALSE(icon.isNull());
    for (int side : {16, 24, 48, 128}) {
        const QImage drawn = icon.pixmap(QSize(side, side)).toImage();
        INFO(side);
        CHECK(drawn.size() == QSize(side, side)); // rendered at that size, not a scaled bitmap
        CHECK(opaquePixels(drawn) > side * side / 4);
    }
    // A screen of scale 2 gets twice the pixels, for the same size on screen.
    const QPixmap doubled = icon.pixmap(QSize(24, 24), 2.0);
    CHECK(doubled.size() == QSize(48, 48));
    CHECK(doubled.deviceIndependentSize() == QSizeF(24, 24));
    const QImage normal = icon.pixmap(QSize(32, 32)).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    CHECK(normal != disabled);
    // Painted into a rectangle as a list or a tool button does.
    QImage canvas(QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    icon.paint(&painter, QRect(4, 4, 32, 32));
    painter.end();
    CHECK(opaquePixels(canvas) > 32 * 32 / 4);
    CHECK(qAlpha(canvas.pixel(1, 1)) == 0); // nothing outside the rectangle
}

TEST_CASE("an icon whose file is missing is empty, not a crash")
{
    const QIcon icon = svgIcon(QStringLiteral(":/icons/no-such-icon.svg"));
    CHECK(opaquePixels(icon.pixmap(QSize(16, 16)).toImage()) == 0);
}

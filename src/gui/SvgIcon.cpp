#include "gui/SvgIcon.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>
#include <memory>

namespace {
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path) : m_path(path) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device()->devicePixelRatio();
        QPixmap drawn = pixmap(actualSize(rect.size(), mode, state) * scale, mode, state);
        drawn.setDevicePixelRatio(scale);
        const QSize shown = drawn.size() / scale;
        painter->drawPixmap(QRect(rect.topLeft() + QPoint(rect.width() - shown.width(), rect.height() - shown.height()) / 2,
                                  shown),
                            drawn);
    }

    // The picture's own proportions within the size asked, as Qt's engine has it.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const QSize own = renderer().defaultSize();
        return own.isEmpty() ? size : own.scaled(size, Qt::KeepAspectRatio);
    }

    // In device pixels: QIcon asks for the size times the screen's scale and sets the scale itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize target = actualSize(size, mode, state);
        const QString key = QStringLiteral("kurator-icon:%1:%2x%3:%4").arg(m_path).arg(target.width()).arg(target.height()).arg(int(mode));
        QPixmap drawn;
        if (QPixmapCache::find(key, &drawn))
            return drawn;
        QImage image(target, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer().render(&painter, QRectF(QPointF(0, 0), target));
        painter.end();
        drawn = QPixmap::fromImage(std::move(image));
        if (mode != QIcon::Normal) { // a disabled or selected icon as the style draws one from the normal
            QStyleOption option;
            option.palette = QApplication::palette();
            drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        }
        QPixmapCache::insert(key, drawn);
        return drawn;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("KuratorSvgIconEngine"); }

private:
    // Parsed at the first drawing, once per file for every icon made of it.
    QSvgRenderer &renderer()
    {
        static QHash<QString, std::shared_ptr<QSvgRenderer>> parsed;
        if (!m_renderer) {
            std::shared_ptr<QSvgRenderer> &known = parsed[m_path];
            if (!known)
                known = std::make_shared<QSvgRenderer>(m_path);
            m_renderer = known;
        }
        return *m_renderer;
    }

    QString m_path;
    std::shared_ptr<QSvgRenderer> m_renderer;
};
} // namespace

QIcon svgIcon(const QString &path)
{
    return QIcon(new SvgIconEngine(path));
}

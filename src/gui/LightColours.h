#pragma once
#include "domain/RoadmapItem.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

// The app follows the system's palette; a dark one needs its own shades of our colours, or the pale
// cells would glare under light text and the dark red would vanish on a dark page.
inline bool isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// The roadmap's traffic light in colour: solid for bars and slices, pale for table cells.
inline QColor lightColour(RoadmapLight light)
{
    switch (light) {
    case RoadmapLight::Done: return QColor(0x4c, 0xaf, 0x50);
    case RoadmapLight::OnTrack: return QColor(0x3b, 0x6d, 0xb3);
    case RoadmapLight::AtRisk: return QColor(0xf2, 0xa5, 0x16);
    case RoadmapLight::Overdue: return QColor(0xd9, 0x53, 0x4f);
    case RoadmapLight::Unscheduled: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

inline QColor paleLightColour(RoadmapLight light)
{
    if (isDarkPalette())
        return lightColour(light).darker(260); // the same hue, deep enough for light text
    switch (light) {
    case RoadmapLight::Done: return QColor(0xdf, 0xf2, 0xe1);
    case RoadmapLight::OnTrack: return QColor(0xe3, 0xee, 0xfa);
    case RoadmapLight::AtRisk: return QColor(0xfb, 0xee, 0xcf);
    case RoadmapLight::Overdue: return QColor(0xf8, 0xd7, 0xd7);
    case RoadmapLight::Unscheduled: return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

// Text that warns (an unmatched mentee, an unread deadline, a dissatisfied answer): dark red on a light
// page, a light red on a dark one.
inline QColor warningTextColour()
{
    return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x30, 0x30);
}

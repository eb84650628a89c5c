#pragma once
#include "domain/RoadmapItem.h"

#include <QColor>

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
    switch (light) {
    case RoadmapLight::Done: return QColor(0xdf, 0xf2, 0xe1);
    case RoadmapLight::OnTrack: return QColor(0xe3, 0xee, 0xfa);
    case RoadmapLight::AtRisk: return QColor(0xfb, 0xee, 0xcf);
    case RoadmapLight::Overdue: return QColor(0xf8, 0xd7, 0xd7);
    case RoadmapLight::Unscheduled: return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

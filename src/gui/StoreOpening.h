#pragma once
#include "storage/Database.h"

class QWidget;

// Opens a store for the window. When another program holds it for writing, says who and offers to
// open it read-only. A failure carries the message to show; declining leaves the message empty.
Result<DatabasePtr> openStore(const QString &path, const Database::Options &options, QWidget *parent);

// The demo school's own file (so that it never mixes with real data), filled on first use.
QString demoStorePath();
Result<DatabasePtr> openDemoStore(QWidget *parent);

#pragma once
#include "storage/Database.h"

class QWidget;

// Opens a store for the window. When another program holds it for writing, says who and offers to
// open it read-only. A failure carries the message to show; declining leaves the message empty.
Result<DatabasePtr> openStore(const QString &path, const Database::Options &options, QWidget *parent);

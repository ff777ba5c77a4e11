#pragma once

#include <QString>

namespace sd::ui {

class MainWindow;

// Renders every registered page of window at 1280x800 to DIR/<page id>.png.
// Returns the number of pages written, or -1 with error set.
int renderScreenshots(MainWindow &window, const QString &dir, QString *error);

} // namespace sd::ui

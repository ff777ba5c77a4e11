#pragma once

#include <QString>

namespace sd::paths {

// Sets organization and application names shared by the GUI and the CLI so both
// find the same workspace in the user's app-data folder.
void setApplicationIdentity();

// <app data>/workspace.sqlite: the user's real workspace.
QString defaultWorkspace();
// <app data>/demo/workspace.sqlite: the demo workspace, separate from the real one.
QString demoWorkspace();
// <workspace folder>/<base>-files: the evidence, photos and attachments of a workspace.
QString evidenceFolder(const QString &workspacePath);

} // namespace sd::paths

#pragma once

#include <QString>

namespace al {

// Finds the files under resources/ (models, gazetteers, patterns, samples) wherever the program
// runs from: $ARTICLELENS_RESOURCES, then the installed data folder seen from the executable
// (../share/articlelens from bin/ with the usual GNUInstallDirs layout, ../../share/articlelens
// from libexec/articlelens/), then the source tree it was built from. Returns an empty string
// when the file is nowhere.
class Resources
{
public:
    static QString path(const QString &relative);
    static QString directory();
};

} // namespace al
